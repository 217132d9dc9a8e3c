# Same-length slice assignment from a list: the old items are released
# after the source list is no longer borrowed, so their __del__ may change it.

src = [1, 2]


class D:
    def __del__(self):
        src.append("del")
        print("del ran", src)


a = [D(), D()]
a[0:2] = src
print(a, src)
