/// Logging in to a lab vCenter and the rule every Trust Authority operation checks; the cmdlets and
/// `vtash serve` both ask here.
extension Lab {
    /// The user `name` (`user@domain`, `DOMAIN\user` or `user`) of the vCenter at `address`, when `password` is theirs.
    public func signIn(vCenter address: String, user name: String, password: String) throws(AccessError) -> SignedInUser {
        guard let vCenter = vCenter(at: address) else { throw .unknownVCenter(address) }
        guard let account = vCenter.user(name), account.password == password else { throw .incorrectCredentials }
        return SignedInUser(vCenter: vCenter.address, ssoDomain: vCenter.ssoDomain, user: account)
    }

    /// Trust Authority operations are for members of TrustedAdmins only (privilege TrustedAdmin.ManageTrustedHosts).
    public static func requireTrustedAdmin(_ user: SignedInUser) throws(AccessError) {
        guard user.user.isTrustedAdmin else { throw .notTrustedAdmin(user.qualifiedName) }
    }
}
