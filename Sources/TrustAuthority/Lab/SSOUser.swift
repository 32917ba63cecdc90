import Foundation

/// A vCenter Single Sign-On user of the lab.
public struct SSOUser: Sendable {
    public var name: String
    public var password: String
    public var groups: [String]

    public init(name: String, password: String, groups: [String]) {
        self.name = name
        self.password = password
        self.groups = groups
    }

    public var isTrustedAdmin: Bool { groups.contains { $0.equalsIgnoringCase("TrustedAdmins") } }
}

extension SSOUser: Codable, Equatable {}
