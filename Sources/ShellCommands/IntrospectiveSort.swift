/// .NET Framework's `Array.Sort` (ArraySortHelper.IntrospectiveSort): Windows PowerShell 5.1's Sort-Object sorts
/// with `List<T>.Sort`, which is not stable, and which of several equal items comes first (and so which one
/// `-Unique` keeps) follows from this algorithm: three items are sorted by three compare-and-swaps, up to 16 by
/// insertion, more by median-of-three quicksort with a heapsort fallback.
/// Source: https://referencesource.microsoft.com/#mscorlib/system/collections/generic/arraysorthelper.cs
enum IntrospectiveSort {
    private static let sizeThreshold = 16

    static func sort<T>(_ items: inout [T], by compare: (T, T) throws -> Int) rethrows {
        guard items.count > 1 else { return }
        try introSort(&items, 0, items.count - 1, 2 * floorLog2(items.count), compare)
    }

    private static func floorLog2(_ n: Int) -> Int {
        var result = 0, n = n
        while n >= 1 {
            result += 1
            n /= 2
        }
        return result
    }

    private static func swapIfGreater<T>(_ items: inout [T], _ a: Int, _ b: Int, _ compare: (T, T) throws -> Int) rethrows {
        if a != b, try compare(items[a], items[b]) > 0 { items.swapAt(a, b) }
    }

    private static func introSort<T>(_ items: inout [T], _ lo: Int, _ hi: Int, _ depthLimit: Int, _ compare: (T, T) throws -> Int) rethrows {
        var hi = hi, depthLimit = depthLimit
        while hi > lo {
            let size = hi - lo + 1
            if size <= sizeThreshold {
                if size == 2 {
                    try swapIfGreater(&items, lo, hi, compare)
                } else if size == 3 {
                    try swapIfGreater(&items, lo, hi - 1, compare)
                    try swapIfGreater(&items, lo, hi, compare)
                    try swapIfGreater(&items, hi - 1, hi, compare)
                } else {
                    try insertionSort(&items, lo, hi, compare)
                }
                return
            }
            if depthLimit == 0 {
                try heapSort(&items, lo, hi, compare)
                return
            }
            depthLimit -= 1
            let pivot = try partition(&items, lo, hi, compare)
            try introSort(&items, pivot + 1, hi, depthLimit, compare)
            hi = pivot - 1
        }
    }

    private static func partition<T>(_ items: inout [T], _ lo: Int, _ hi: Int, _ compare: (T, T) throws -> Int) rethrows -> Int {
        let middle = lo + (hi - lo) / 2
        try swapIfGreater(&items, lo, middle, compare)
        try swapIfGreater(&items, lo, hi, compare)
        try swapIfGreater(&items, middle, hi, compare)
        let pivot = items[middle]
        items.swapAt(middle, hi - 1)
        var left = lo, right = hi - 1
        while left < right {
            left += 1
            while try compare(items[left], pivot) < 0 { left += 1 }
            right -= 1
            while try compare(pivot, items[right]) < 0 { right -= 1 }
            if left >= right { break }
            items.swapAt(left, right)
        }
        if left != hi - 1 { items.swapAt(left, hi - 1) }
        return left
    }

    private static func insertionSort<T>(_ items: inout [T], _ lo: Int, _ hi: Int, _ compare: (T, T) throws -> Int) rethrows {
        for i in lo..<hi {
            var j = i
            let item = items[i + 1]
            while j >= lo, try compare(item, items[j]) < 0 {
                items[j + 1] = items[j]
                j -= 1
            }
            items[j + 1] = item
        }
    }

    private static func heapSort<T>(_ items: inout [T], _ lo: Int, _ hi: Int, _ compare: (T, T) throws -> Int) rethrows {
        let n = hi - lo + 1
        var i = n / 2
        while i >= 1 {
            try downHeap(&items, i, n, lo, compare)
            i -= 1
        }
        i = n
        while i > 1 {
            items.swapAt(lo, lo + i - 1)
            try downHeap(&items, 1, i - 1, lo, compare)
            i -= 1
        }
    }

    private static func downHeap<T>(_ items: inout [T], _ start: Int, _ n: Int, _ lo: Int, _ compare: (T, T) throws -> Int) rethrows {
        var i = start
        let item = items[lo + i - 1]
        while i <= n / 2 {
            var child = 2 * i
            if child < n, try compare(items[lo + child - 1], items[lo + child]) < 0 { child += 1 }
            if !(try compare(item, items[lo + child - 1]) < 0) { break }
            items[lo + i - 1] = items[lo + child - 1]
            i = child
        }
        items[lo + i - 1] = item
    }
}
