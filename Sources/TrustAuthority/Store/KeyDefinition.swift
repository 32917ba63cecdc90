import Foundation
import KMIP

/// A key a simulated key server holds when the lab is made.
public struct KeyDefinition: Sendable, Equatable {
    public var id: String
    public var state: KeyState

    public init(id: String, state: KeyState = .active) {
        self.id = id
        self.state = state
    }
}
