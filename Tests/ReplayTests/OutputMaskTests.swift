import Testing
@testable import ShellEngine
@testable import Replay
import TestSupport

@Suite struct OutputMaskTests {
    func masked(_ text: String, _ masks: [OutputMask]) -> String {
        String(decoding: OutputMask.apply(masks, to: Array(text.utf8)).map { $0 == 0x01 ? UInt8(ascii: "#") : ($0 < 0x20 ? UInt8(ascii: "m") : $0) }, as: UTF8.self)
    }

    @Test func dateShapesAreMasked() {
        #expect(masked("at 8/10/2015 4:16:12 PM ok", [.date]) == "at #m ok")
        #expect(masked("2024-01-02T03:04:05.123Z", [.date]) == "#m")
        #expect(masked("Start time: 20240101120000", [.date]) == "Start time: #m")
        #expect(masked("took 12:30:01", [.date]) == "took #m")
        #expect(masked("ratio 3:45 and port 443", [.date]) == "ratio 3:45 and port 443")
    }

    @Test func serialNeedsALetterOrLeadingZerosAndStandsAlone() {
        #expect(masked("00CEF192BBF9D80C9F", [.serial]) == "#m")
        #expect(masked("1234567890123", [.serial]) == "1234567890123")
        #expect(masked("X00CEF192BBF9D80C9F", [.serial]) == "X00CEF192BBF9D80C9F")
        #expect(masked("ABCDEF", [.serial]) == "ABCDEF")
    }

    @Test func thumbprintIsFortyOrSixtyFourHexDigits() {
        #expect(masked(String(repeating: "A1", count: 20), [.thumbprint]) == "#m")
        #expect(masked(String(repeating: "a1", count: 32), [.thumbprint]) == "#m")
        #expect(masked(String(repeating: "A1", count: 21), [.thumbprint]) == String(repeating: "A1", count: 21))
    }

    @Test func guidWithAndWithoutBraces() {
        #expect(masked("{9F1C6A4E-3B2D-4C1A-8E7F-0A1B2C3D4E5F}", [.guid]) == "#m")
        #expect(masked("id 9f1c6a4e-3b2d-4c1a-8e7f-0a1b2c3d4e5f.", [.guid]) == "id #m.")
        #expect(masked("9f1c6a4e-3b2d-4c1a-8e7f", [.guid]) == "9f1c6a4e-3b2d-4c1a-8e7f")
    }
}
