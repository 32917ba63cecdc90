import Testing
@testable import KMIP

/// Hostile or broken bytes must give a typed error, never a trap.
@Suite struct TTLVMalformedInputTests {
    private func decodeError(_ bytes: [UInt8]) -> TTLVError? {
        do {
            _ = try TTLVDecoder().decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyTruncationOfEveryVectorIsATypedError() {
        var failures = 0
        for vector in TTLVVector.all {
            let bytes = vector.bytes
            for length in 0..<bytes.count {
                let error = decodeError(Array(bytes[0..<length]))
                if error == nil { failures += 1 }
                switch error {
                case .truncated, .lengthPastEnd, nil: break
                default: Issue.record("unexpected \(String(describing: error)) for \(vector.name)[0..<\(length)]")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test func everyTruncatedRequestGetsAnInvalidMessageResponseFromTheEngine() throws {
        let engine = KeyServerEngine()
        for vector in TTLVVector.all where vector.direction == "client->server" {
            let bytes = vector.bytes
            for length in stride(from: 0, to: bytes.count, by: 1) {
                let reply = try ResponseMessage(bytes: engine.respond(to: Array(bytes[0..<length]), clientIdentity: "tester"))
                #expect(reply.batchItems.first?.resultReason == .invalidMessage)
                #expect(reply.header.protocolVersion == .v1_0)
            }
        }
    }

    @Test func aLengthPastTheEndIsReported() {
        var bytes = TTLVVector.named("activate_request").bytes
        bytes[7] = bytes[7] &+ 8
        #expect(decodeError(bytes) == .lengthPastEnd(offset: 4, declared: 0x78, available: 0x70))
        bytes[4...7] = [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(decodeError(bytes) == .lengthPastEnd(offset: 4, declared: 0xFFFF_FFFF, available: 0x70))
    }

    @Test func anInnerLengthPastItsStructureIsReported() {
        // The Protocol Version structure claims more than its Request Header holds.
        var bytes = TTLVVector.named("activate_request").bytes
        bytes[23] = 0x40
        guard case .lengthPastEnd = decodeError(bytes) else {
            Issue.record("expected lengthPastEnd, got \(String(describing: decodeError(bytes)))")
            return
        }
    }

    @Test func anUnknownTypeByteIsReported() {
        var bytes = TTLVVector.named("activate_request").bytes
        bytes[3] = 0x0B
        #expect(decodeError(bytes) == .unknownType(offset: 3, byte: 0x0B))
        bytes[3] = 0x00
        #expect(decodeError(bytes) == .unknownType(offset: 3, byte: 0x00))
    }

    @Test func aFixedSizeTypeWithAnotherLengthIsReported() {
        let integerOfEight: [UInt8] = [0x42, 0x00, 0x20, 0x02, 0, 0, 0, 8] + [UInt8](repeating: 0, count: 8)
        #expect(decodeError(integerOfEight) == .invalidLength(offset: 4, type: .integer, declared: 8))
        let bigIntegerOfFive: [UInt8] = [0x42, 0x00, 0x20, 0x04, 0, 0, 0, 5] + [UInt8](repeating: 0, count: 8)
        #expect(decodeError(bigIntegerOfFive) == .invalidLength(offset: 4, type: .bigInteger, declared: 5))
    }

    @Test func aStructureWhereAValueTypeIsExpectedIsAMessageError() throws {
        // Operation (an Enumeration in the layout) sent as an Integer.
        var bytes = TTLVVector.named("activate_request").bytes
        let operationOffset = 80
        #expect(bytes[operationOffset..<(operationOffset + 3)] == [0x42, 0x00, 0x5C])
        bytes[operationOffset + 3] = TTLVType.integer.rawValue
        #expect(throws: KMIPMessageError.wrongType(.operation, expected: .enumeration, found: .integer)) {
            try RequestMessage(bytes: bytes)
        }
    }

    @Test func invalidUTF8TextIsReported() {
        let text: [UInt8] = [0x42, 0x00, 0x94, 0x07, 0, 0, 0, 2, 0xC3, 0x28, 0, 0, 0, 0, 0, 0]
        #expect(decodeError(text) == .invalidUTF8(offset: 8))
    }

    @Test func nonZeroPaddingIsReported() {
        var bytes = TTLVVector.named("activate_request").bytes
        bytes[bytes.count - 1] = 0x01
        #expect(decodeError(bytes) == .nonZeroPadding(offset: bytes.count - 1))
        let integer: [UInt8] = [0x42, 0x00, 0x20, 0x02, 0, 0, 0, 4, 0, 0, 0, 8, 0, 0, 0, 9]
        #expect(decodeError(integer) == .nonZeroPadding(offset: 15))
    }

    @Test func aBooleanOtherThanZeroOrOneIsReported() {
        let boolean: [UInt8] = [0x42, 0x00, 0x20, 0x06, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 2]
        #expect(decodeError(boolean) == .invalidBoolean(offset: 8, value: 2))
    }

    @Test func trailingBytesAfterTheMessageAreReported() {
        let bytes = TTLVVector.named("activate_request").bytes
        #expect(decodeError(bytes + [0x42]) == .trailingBytes(offset: bytes.count, count: 1))
    }

    @Test func tenThousandNestedStructuresStopAtTheDepthLimit() {
        let depth = 10_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(depth * 8)
        for level in 0..<depth {
            let length = UInt32((depth - level - 1) * 8)
            bytes += [0x42, 0x00, 0x01, 0x01, UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
        }
        #expect(decodeError(bytes) == .nestingTooDeep(offset: (TTLVDecoder.defaultMaximumDepth - 1) * 8, limit: 64))
        let engine = KeyServerEngine()
        let reply = try? ResponseMessage(bytes: engine.respond(to: bytes, clientIdentity: "tester"))
        #expect(reply?.batchItems.first?.resultReason == .invalidMessage)
    }

    @Test func nestingWithinTheLimitDecodes() throws {
        var item = TTLVItem(TTLVTag(0x420001), .integer(1))
        for _ in 0..<(TTLVDecoder.defaultMaximumDepth - 1) {
            item = .structure(TTLVTag(0x420001), [item])
        }
        let bytes = try TTLVEncoder().encode(item)
        #expect(try TTLVDecoder().decode(bytes) == item)
    }

    @Test func theEncoderRefusesTreesDeeperThanTheLimit() {
        var item = TTLVItem(TTLVTag(0x420001), .integer(1))
        for _ in 0..<100 {
            item = .structure(TTLVTag(0x420001), [item])
        }
        #expect(throws: TTLVError.self) { try TTLVEncoder().encode(item) }
    }

    @Test func randomBytesNeverTrap() throws {
        var generator = SplitMix64(seed: 0x5EED_CAFE)
        let engine = KeyServerEngine()
        var decoded = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...320, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Half of the inputs start like a request message, to get past the first header.
            if Bool.random(using: &generator), bytes.count >= 8 {
                bytes[0...3] = [0x42, 0x00, 0x78, 0x01]
                let length = UInt32(bytes.count - 8)
                bytes[4...7] = [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
            }
            if (try? TTLVDecoder().decode(bytes)) != nil { decoded += 1 }
            let reply = try ResponseMessage(bytes: engine.respond(to: bytes, clientIdentity: "tester"))
            #expect(reply.batchItems.count >= 1)
        }
        #expect(decoded < 3_000)
    }

    @Test func mutatedVectorsNeverTrapTheDecoderTheMessageLayerOrTheEngine() throws {
        var generator = SplitMix64(seed: 42)
        let engine = KeyServerEngine()
        _ = try engine.createKey(uniqueIdentifier: "1", owner: "tester")
        for vector in TTLVVector.all {
            for _ in 0..<200 {
                var bytes = vector.bytes
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes[index] = UInt8.random(in: 0...255, using: &generator)
                }
                if let item = try? TTLVDecoder().decode(bytes) {
                    _ = try? RequestMessage(ttlv: item)
                    _ = try? ResponseMessage(ttlv: item)
                }
                let reply = try ResponseMessage(bytes: engine.respond(to: bytes, clientIdentity: "tester"))
                #expect(!reply.batchItems.isEmpty)
            }
        }
    }
}

/// A small seeded generator so that the random inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
