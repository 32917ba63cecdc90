/// .NET's seeded `System.Random` (Knuth's subtractive generator, as `new Random(seed)` still computes it), so
/// that `Get-Random -SetSeed` gives a script the sequence it expects. A class: the session's generator is shared.
final class LegacyRandom {
    private var seeds = [Int32](repeating: 0, count: 56)
    private var next = 0
    private var nextPrime = 21

    init(seed: Int32) {
        let subtraction: Int32 = seed == Int32.min ? Int32.max : abs(seed)
        var mj: Int32 = 161_803_398 &- subtraction
        seeds[55] = mj
        var mk: Int32 = 1
        for i in 1..<55 {
            let ii = (21 * i) % 55
            seeds[ii] = mk
            mk = mj &- mk
            if mk < 0 { mk &+= Int32.max }
            mj = seeds[ii]
        }
        for _ in 1..<5 {
            for i in 1..<56 {
                seeds[i] &-= seeds[1 + (i + 30) % 55]
                if seeds[i] < 0 { seeds[i] &+= Int32.max }
            }
        }
    }

    /// `Random.InternalSample`: 0 ..< Int32.max.
    private func sample() -> Int32 {
        var index = next + 1
        if index >= 56 { index = 1 }
        var indexPrime = nextPrime + 1
        if indexPrime >= 56 { indexPrime = 1 }
        var value = seeds[index] &- seeds[indexPrime]
        if value == Int32.max { value -= 1 }
        if value < 0 { value &+= Int32.max }
        seeds[index] = value
        next = index
        nextPrime = indexPrime
        return value
    }

    /// PowerShell's generator reads four bytes (`Random.NextBytes`: each the low byte of a sample) as an Int32.
    private func int32FromBytes() -> Int32 {
        var bits: UInt32 = 0
        for shift in 0..<4 { bits |= UInt32(UInt8(truncatingIfNeeded: sample() % 256)) << (8 * shift) }
        return Int32(bitPattern: bits)
    }

    /// PowerShell's `PolymorphicRandomNumberGenerator.Next()`: non-negative, never Int32.max.
    func nextInt() -> Int32 {
        var value: Int32
        repeat { value = int32FromBytes() } while value == Int32.max
        if value < 0 { value &+= Int32.max }
        return value
    }

    func nextDouble() -> Double { Double(nextInt()) * (1.0 / Double(Int32.max)) }

    /// `Next(min, max)`: min ..< max (the range fits in Int32 for the int forms Get-Random uses this for).
    func next(_ minimum: Int, _ maximum: Int) -> Int {
        let range = Double(maximum - minimum)
        return Int(nextDouble() * range) + minimum
    }
}
