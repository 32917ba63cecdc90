/// Who performs a Trust Authority operation: a user signed in to one vCenter of the lab (a
/// `Connect-VIServer` session). Every operation of the workflow checks that this user is in the
/// TrustedAdmins group of the vCenter the operation concerns, which is this vCenter.
public struct SessionUser: Sendable, Hashable {
    /// The vCenter's address, as the lab names it.
    public var vCenter: String
    /// The user as written: `name@domain`, `DOMAIN\name` or `name`.
    public var name: String

    public init(vCenter: String, name: String) {
        self.vCenter = vCenter
        self.name = name
    }
}
