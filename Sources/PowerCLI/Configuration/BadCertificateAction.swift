import ShellEngine

/// `VMware.VimAutomation.ViCore.Types.V1.BadCertificateAction`: what Connect-VIServer does with a certificate it
/// cannot verify (`-InvalidCertificateAction`).
enum BadCertificateAction: String, EnumerationValue {
    case unset = "Unset"
    case fail = "Fail"
    case ignore = "Ignore"
    case warn = "Warn"
    case prompt = "Prompt"

    static let typeName = "VMware.VimAutomation.ViCore.Types.V1.BadCertificateAction"
    static let unboundValue = BadCertificateAction.unset
}
