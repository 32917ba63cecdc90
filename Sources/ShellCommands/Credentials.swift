import ShellEngine
import ShellFormatting
import Foundation

/// `System.Management.Automation.PSCredential`.
public enum Credentials {
    public static let typeName = "System.Management.Automation.PSCredential"

    public static func make(user: String, password: SecureString) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"])
        object.setProperty("UserName", .string(user))
        object.setProperty("Password", .secureString(password))
        object.addMethod("GetNetworkCredential", PSMethod(definition: "System.Net.NetworkCredential GetNetworkCredential()") { _ in
            let parts = user.split(separator: "\\", maxSplits: 1).map(String.init)
            let network = PSObject(typeNames: ["System.Net.NetworkCredential", "System.Object"])
            network.setProperty("UserName", .string(parts.count == 2 ? parts[1] : user))
            network.setProperty("Password", .string(password.plainText))
            network.setProperty("SecurePassword", .secureString(password))
            network.setProperty("Domain", .string(parts.count == 2 ? parts[0] : ""))
            return .object(network)
        })
        return object
    }
}
