import Foundation
import ShellEngine

/// The User scope as a file: a JSON object of the settings that were set, by PowerCLI's parameter names.
/// It is born 0600 (PrivateFile) like every file vtash keeps for the user, though it holds no secret.
extension PowerCLISettings {
    func save(to path: String) throws(PowerCLISettingsFileError) {
        var entries: [String: Any] = [:]
        if let proxyPolicy { entries["ProxyPolicy"] = proxyPolicy.rawValue }
        if let defaultVIServerMode { entries["DefaultVIServerMode"] = defaultVIServerMode.rawValue }
        if let invalidCertificateAction { entries["InvalidCertificateAction"] = invalidCertificateAction.rawValue }
        if let displayDeprecationWarnings { entries["DisplayDeprecationWarnings"] = displayDeprecationWarnings }
        if let webOperationTimeoutSeconds { entries["WebOperationTimeoutSeconds"] = webOperationTimeoutSeconds }
        if let participateInCEIP { entries["ParticipateInCEIP"] = participateInCEIP }
        let data: Data
        do {
            data = try JSONSerialization.data(withJSONObject: entries, options: [.prettyPrinted, .sortedKeys])
        } catch {
            throw PowerCLISettingsFileError(path: path, message: "\(error)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try PrivateFile.replace(path, contents: Array(data))
        } catch let error as PrivateFileError {
            throw PowerCLISettingsFileError(path: path, message: error.message)
        } catch {
            throw PowerCLISettingsFileError(path: path, message: error.localizedDescription)
        }
    }

    /// The settings a file holds; a missing file holds none. Values that are not PowerCLI's are ignored.
    static func load(from path: String) throws(PowerCLISettingsFileError) -> PowerCLISettings {
        guard FileManager.default.fileExists(atPath: path) else { return PowerCLISettings() }
        guard let data = FileManager.default.contents(atPath: path),
              let entries = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw PowerCLISettingsFileError(path: path, message: "the file is not a PowerCLI settings file")
        }
        var settings = PowerCLISettings()
        settings.proxyPolicy = (entries["ProxyPolicy"] as? String).flatMap(ProxyPolicy.init(rawValue:))
        settings.defaultVIServerMode = (entries["DefaultVIServerMode"] as? String).flatMap(DefaultVIServerMode.init(rawValue:))
        settings.invalidCertificateAction = (entries["InvalidCertificateAction"] as? String).flatMap(BadCertificateAction.init(rawValue:))
        settings.displayDeprecationWarnings = entries["DisplayDeprecationWarnings"] as? Bool
        settings.webOperationTimeoutSeconds = entries["WebOperationTimeoutSeconds"] as? Int
        settings.participateInCEIP = entries["ParticipateInCEIP"] as? Bool
        return settings
    }
}
