"""Heap queue algorithm (a.k.a. priority queue): min-heaps on lists,
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] (cranepy's own version)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _sift_up(heap, pos):
    """Move heap[pos] towards the root until its parent is not larger."""
    item = heap[pos]
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_down(heap, pos):
    """Move heap[pos] to a leaf along the smaller children, then back up."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # Bubble the item back up from the leaf.
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def heappush(heap, item):
    _check(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append((k, order, value, it))
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = entries[i]
            b = entries[best]
            if reverse:
                better = b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
            else:
                better = a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
            if better:
                best = i
        k, order, value, it = entries[best]
        yield value
        for nxt in it:
            entries[best] = (nxt if key is None else key(nxt), order, nxt, it)
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items)[:n]
    return sorted(items, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items, reverse=True)[:n]
    return sorted(items, key=key, reverse=True)[:n]
