def main():
    print("tool main running as", __name__)
    return 0


print("tool loaded, __name__ =", __name__)

if __name__ == "__main__":
    main()
