import Testing
@testable import KMIP

@Suite struct TTLVCodecTests {
    @Test(arguments: TTLVVector.all)
    func everyVectorDecodesAndReencodesToTheSameBytes(vector: TTLVVector) throws {
        let item = try TTLVDecoder().decode(vector.bytes)
        #expect(TTLVVector.hex(try TTLVEncoder().encode(item)) == vector.hex)
    }

    @Test func specVectorsFileMatchesThePayloadVectorsOfTheCaptureFile() {
        let payloadOnly = TTLVVector.all.filter(\.isPayloadOnly)
        #expect(TTLVVector.spec.map(\.hex) == payloadOnly.map(\.hex))
        #expect(TTLVVector.spec.count == 5)
    }

    @Test func everyFullMessageDeclaresItsOwnLength() {
        for vector in TTLVVector.all {
            #expect(TTLVDecoder.messageLength(header: vector.bytes) == vector.bytes.count, "\(vector.name)")
        }
    }

    @Test func decodesTheDiscoverVersionsRequestTree() throws {
        let item = try TTLVDecoder().decode(TTLVVector.named("discover_versions_all_request").bytes)
        #expect(item.tag == .requestMessage)
        let header = try #require(item.child(.requestHeader))
        #expect(header.child(.batchCount)?.integerValue == 1)
        #expect(header.child(.protocolVersion)?.child(.protocolVersionMinor)?.integerValue == 1)
        #expect(item.child(.batchItem)?.child(.operation)?.enumerationValue == KMIPOperation.discoverVersions.rawValue)
        #expect(item.child(.batchItem)?.child(.requestPayload)?.children.isEmpty == true)
    }

    @Test func encodesEveryPrimitiveTypeWithItsPadding() throws {
        let encoder = TTLVEncoder()
        let cases: [(TTLVValue, String)] = [
            (.integer(8), "42002002000000040000000800000000"),
            (.integer(-1), "4200200200000004ffffffff00000000"),
            (.longInteger(123_456_789_000_000_000), "420020030000000801b69b4ba5749200"),
            (.bigInteger([0x03, 0x14, 0x15, 0x92, 0x65, 0x35, 0x89, 0x79, 0x32, 0x38, 0x46, 0x26, 0x43]),
             "4200200400000010" + "00000003141592653589793238462643"),
            (.bigInteger([0x80, 0x01]), "4200200400000008" + "ffffffffffff8001"),
            (.enumeration(255), "4200200500000004000000ff00000000"),
            (.boolean(true), "42002006000000080000000000000001"),
            (.textString("Hello World"), "420020070000000b48656c6c6f20576f726c640000000000"),
            (.byteString([1, 2, 3]), "42002008000000030102030000000000"),
            (.dateTime(0x47DA67F8), "42002009000000080000000047da67f8"),
            (.interval(864_000), "4200200a00000004000d2f0000000000"),
        ]
        for (value, hex) in cases {
            #expect(TTLVVector.hex(try encoder.encode(TTLVItem(TTLVTag(0x420020), value))) == hex, "\(value)")
        }
    }

    @Test func encodesANestedStructureWithTheSumOfPaddedChildLengths() throws {
        let item = TTLVItem.structure(TTLVTag(0x420020), [
            TTLVItem(TTLVTag(0x420004), .enumeration(254)),
            TTLVItem(TTLVTag(0x420005), .integer(255)),
        ])
        #expect(TTLVVector.hex(try TTLVEncoder().encode(item))
            == "42002001000000204200040500000004000000fe000000004200050200000004000000ff00000000")
    }
}
