/// The User scope's settings file could not be read or written.
struct PowerCLISettingsFileError: Error {
    var path: String
    var message: String
}
