/// The standard KMIP 1.1 attribute names, spelled as on the wire.
public enum AttributeName {
    public static let uniqueIdentifier = "Unique Identifier"
    public static let name = "Name"
    public static let objectType = "Object Type"
    public static let cryptographicAlgorithm = "Cryptographic Algorithm"
    public static let cryptographicLength = "Cryptographic Length"
    public static let operationPolicyName = "Operation Policy Name"
    public static let cryptographicUsageMask = "Cryptographic Usage Mask"
    public static let state = "State"
    public static let initialDate = "Initial Date"
    public static let activationDate = "Activation Date"
    public static let deactivationDate = "Deactivation Date"
    public static let objectGroup = "Object Group"
}
