print("user body runs")
import counter

counter.bump()
