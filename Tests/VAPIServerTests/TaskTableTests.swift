import Foundation
import Testing
@testable import VAPIServer
import VAPIWire

/// The task table keeps a finished task's result as JSON-RPC text (smaller than the value tree) and gives back
/// the very value the operation answered.
@Suite struct TaskTableTests {
    static let result = VAPIValue.structure("com.vmware.example.info", [
        ("name", .string("clkp")), ("count", .integer(-3)), ("ratio", .double(0.25)), ("enabled", .bool(true)),
        ("missing", .unset), ("present", .optional(.string("x"))), ("token", .secret("s3cret")), ("blob", .binary([0, 1, 255])),
        ("servers", .list([.structure("com.vmware.example.server", [("address", .string("192.168.110.91")), ("port", .integer(5696))])])),
        ("nested", .optional(.list([.string("a\"b\\c\n"), .string("é ✓")]))),
    ])

    @Test func aRecordedResultComesBackAsTheSameValue() {
        let table = TaskTable(capacity: 2)
        let info = TaskInfo(service: "com.vmware.example", operation: "get", status: .succeeded, result: Self.result,
                            startTime: Date(timeIntervalSince1970: 1_000), endTime: Date(timeIntervalSince1970: 1_001), user: "VSPHERE.LOCAL\\u",
                            target: (type: "T", id: "i"))
        let id = table.record(info, owner: "VSPHERE.LOCAL\\u")
        let back = table.get(id, owner: "VSPHERE.LOCAL\\u")
        #expect(back?.result == Self.result)
        #expect(back?.value() == info.value())
        #expect(table.get(id, owner: "VSPHERE.LOCAL\\u", withResult: false)?.result == nil)
        #expect(table.list(owner: "VSPHERE.LOCAL\\u").map(\.info.result) == [Self.result])
        #expect(table.get(id, owner: "VSPHERE.LOCAL\\other") == nil)
    }

    @Test func aVoidResultStaysVoid() {
        let table = TaskTable()
        let id = table.record(TaskInfo(service: "s", operation: "update", status: .succeeded, result: .void), owner: "o")
        #expect(table.get(id, owner: "o")?.result == .void)
    }
}
