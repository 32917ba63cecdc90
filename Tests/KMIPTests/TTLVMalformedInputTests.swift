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

    /// A cut message fails at its outermost header: fewer than 8 bytes cannot hold the tag, type and length;
    /// from 8 bytes on, the outer structure declares more than what is left (its length is checked before
    /// anything inside it is read).
    @Test func everyTruncationOfEveryVectorIsExactlyTheMissingHeaderOrTheOuterLength() {
        for vector in TTLVVector.all {
            let bytes = vector.bytes
            let declared = bytes[4...7].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
            #expect(Int(declared) + 8 == bytes.count, "\(vector.name): the vector itself is whole")
            for length in 0..<bytes.count {
                let expected: TTLVError = length < 8
                    ? .truncated(offset: 0, needed: 8, available: length)
                    : .lengthPastEnd(offset: 4, declared: declared, available: length - 8)
                #expect(decodeError(Array(bytes[0..<length])) == expected, "\(vector.name)[0..<\(length)]")
            }
        }
    }

    @Test func everyTruncatedRequestGetsAnInvalidMessageResponseFromTheEngine() throws {
        let engine = KeyServerEngine()
        for vector in TTLVVector.all where vector.direction == "client->server" {
            let bytes = vector.bytes
            for length in stride(from: 0, to: bytes.count, by: 1) {
                let reply = try ResponseMessage(bytes: engine.respond(to: Array(bytes[0..<length]), clientIdentity: "tester"))
                Self.expectParseFailureReply(reply, "\(vector.name)[0..<\(length)]")
            }
        }
    }

    /// The one reply a key server gives to bytes it cannot read as a request: KMIP 1.0 header, one batch item,
    /// Operation Failed / Invalid Message, and PyKMIP's wording (the live server's reply to such bytes).
    static func expectParseFailureReply(_ reply: ResponseMessage, _ context: String) {
        #expect(reply.header.protocolVersion == .v1_0, "\(context)")
        #expect(reply.batchItems.count == 1, "\(context)")
        #expect(reply.batchItems.first?.operation == nil, "\(context)")
        #expect(reply.batchItems.first?.resultStatus == .operationFailed, "\(context)")
        #expect(reply.batchItems.first?.resultReason == .invalidMessage, "\(context)")
        #expect(reply.batchItems.first?.resultMessage == "Error parsing request message. See server logs for more information.", "\(context)")
    }

    /// Checks that `error` says something true of `bytes`: the bytes at its offset are what it names, and the
    /// rule it names is broken there. Independent of how the decoder is written.
    static func expectErrorIsWitnessedByTheBytes(_ error: TTLVError, _ bytes: [UInt8], _ context: String) {
        func uint(_ offset: Int, _ count: Int) -> UInt64? {
            guard offset >= 0, offset + count <= bytes.count else { return nil }
            return bytes[offset..<(offset + count)].reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
        }
        let fixed: [UInt8: UInt32] = [0x02: 4, 0x03: 8, 0x05: 4, 0x06: 8, 0x09: 8, 0x0A: 4]
        switch error {
        case .truncated(let offset, let needed, let available):
            #expect(needed == 8 && available < 8 && offset + available <= bytes.count, "\(context): \(error)")
        case .unknownType(let offset, let byte):
            #expect(offset < bytes.count && bytes[offset] == byte && !(1...10).contains(byte), "\(context): \(error)")
        case .invalidLength(let offset, let type, let declared):
            let typeByte = offset >= 1 && offset <= bytes.count ? bytes[offset - 1] : 0
            #expect(typeByte == type.rawValue && uint(offset, 4) == UInt64(declared), "\(context): \(error)")
            #expect(type == .bigInteger ? declared % 8 != 0 : fixed[typeByte] != declared, "\(context): \(error)")
        case .lengthPastEnd(let offset, let declared, let available):
            #expect(uint(offset, 4) == UInt64(declared), "\(context): \(error)")
            #expect((UInt64(declared) + 7) / 8 * 8 > UInt64(available) && offset + 4 + available <= bytes.count, "\(context): \(error)")
        case .nonZeroPadding(let offset):
            #expect(offset < bytes.count && bytes[offset] != 0, "\(context): \(error)")
        case .invalidBoolean(let offset, let value):
            #expect(value > 1 && uint(offset, 8) == value && offset >= 8 && bytes[offset - 5] == 0x06, "\(context): \(error)")
        case .invalidUTF8(let offset):
            guard offset >= 8, bytes[offset - 5] == 0x07, let length = uint(offset - 4, 4), offset + Int(length) <= bytes.count else {
                Issue.record("\(context): no Text String value at the offset of \(error)")
                return
            }
            #expect(String(validating: bytes[offset..<(offset + Int(length))], as: UTF8.self) == nil, "\(context): \(error)")
        case .nestingTooDeep(let offset, let limit):
            #expect(limit == TTLVDecoder.defaultMaximumDepth && offset + 3 < bytes.count && bytes[offset + 3] == 0x01, "\(context): \(error)")
        case .trailingBytes(let offset, let count):
            #expect(count > 0 && offset + count == bytes.count, "\(context): \(error)")
        case .valueTooLong:
            Issue.record("\(context): the decoder never reports valueTooLong (an encoder error): \(error)")
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
        // The Protocol Version structure (header at byte 16, length at 20) claims 0x40 bytes, more than its
        // Request Header (length at 12, value from 16) holds after it: that header's length less its own 8.
        var bytes = TTLVVector.named("activate_request").bytes
        #expect(bytes[16...18] == [0x42, 0x00, 0x69])
        let requestHeaderLength = bytes[12...15].reduce(0) { ($0 << 8) | Int($1) }
        bytes[23] = 0x40
        #expect(decodeError(bytes) == .lengthPastEnd(offset: 20, declared: 0x40, available: requestHeaderLength - 8))
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

    /// Seeded random bytes, half of them framed like a request message: every one the decoder refuses is
    /// refused for a reason the bytes show, and the engine gives each the one parse-failure reply.
    @Test func randomBytesGetAnErrorTheBytesWitnessAndTheParseFailureReply() throws {
        var generator = SplitMix64(seed: 0x5EED_CAFE)
        let engine = KeyServerEngine()
        for round in 0..<3_000 {
            let count = Int.random(in: 0...320, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Half of the inputs start like a request message, to get past the first header.
            if Bool.random(using: &generator), bytes.count >= 8 {
                bytes[0...3] = [0x42, 0x00, 0x78, 0x01]
                let length = UInt32(bytes.count - 8)
                bytes[4...7] = [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
            }
            let context = "random input \(round) (\(count) bytes)"
            if let error = decodeError(bytes) {
                Self.expectErrorIsWitnessedByTheBytes(error, bytes, context)
            } else {
                // Bytes that happen to be well-formed TTLV are still no request.
                #expect(throws: KMIPMessageError.self, "\(context)") { try RequestMessage(bytes: bytes) }
            }
            Self.expectParseFailureReply(try ResponseMessage(bytes: engine.respond(to: bytes, clientIdentity: "tester")), context)
        }
    }

    /// Seeded byte changes in every vector: a change the decoder or the message layer refuses gets the
    /// parse-failure reply (with a decoder error the bytes witness); a request that still reads gets one reply
    /// item per batch item, or one Invalid Message item when its header is refused.
    @Test func mutatedVectorsGetAWitnessedErrorOrAnAnswerPerBatchItem() throws {
        var generator = SplitMix64(seed: 42)
        let engine = KeyServerEngine()
        _ = try engine.createKey(uniqueIdentifier: "1", owner: "tester")
        for vector in TTLVVector.all {
            for round in 0..<200 {
                var bytes = vector.bytes
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes[index] = UInt8.random(in: 0...255, using: &generator)
                }
                let context = "\(vector.name) mutation \(round)"
                if let error = decodeError(bytes) {
                    Self.expectErrorIsWitnessedByTheBytes(error, bytes, context)
                }
                let reply = try ResponseMessage(bytes: engine.respond(to: bytes, clientIdentity: "tester"))
                if let request = try? RequestMessage(bytes: bytes) {
                    let refused = reply.batchItems.count == 1 && reply.batchItems.first?.resultReason == .invalidMessage
                    #expect(reply.batchItems.count == request.batchItems.count || refused, "\(context)")
                    #expect(reply.header.protocolVersion == request.header.protocolVersion || refused, "\(context)")
                } else {
                    Self.expectParseFailureReply(reply, context)
                }
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
