/// Who logged in to a lab vCenter (`Connect-VIServer`, or a session of `vtash serve`).
public struct SignedInUser: Sendable, Equatable {
    /// The vCenter's address as the lab names it.
    public var vCenter: String
    public var ssoDomain: String
    public var user: SSOUser

    public init(vCenter: String, ssoDomain: String, user: SSOUser) {
        self.vCenter = vCenter
        self.ssoDomain = ssoDomain
        self.user = user
    }

    /// `VSPHERE.LOCAL\trustedadmin`, as PowerCLI and vCenter name a user in messages.
    public var qualifiedName: String { "\(ssoDomain.uppercased())\\\(user.name)" }

    /// The same user as the lab's operations take it (`name@domain` on its vCenter).
    public var sessionUser: SessionUser {
        SessionUser(vCenter: vCenter, name: user.name.contains("@") ? user.name : "\(user.name)@\(ssoDomain)")
    }
}
