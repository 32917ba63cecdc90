import Foundation
import TrustAuthority
import VAPIWire

/// What an operation returned, and the object it acted on (a task's `target`).
struct LabAnswer: Sendable {
    var value: VAPIValue
    var target: (type: String, id: String)?

    init(_ value: VAPIValue, target: (type: String, id: String)? = nil) {
        self.value = value
        self.target = target
    }

    static let void = LabAnswer(.void)
}
