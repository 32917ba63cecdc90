import Testing

@testable import LineEditor

@Suite struct HistoryPolicyTests {
    let policy = HistoryPolicy()

    @Test func connectWithPasswordIsKeptInMemoryOnly() {
        #expect(policy.disposition(for: "Connect-VIServer -Server x -User u -Password 'VMware1!'") == .memoryOnly)
    }

    @Test(arguments: [
        "$t = 'abc' # TOKEN", "ConvertTo-SecureString 'x' -AsPlainText -Force", "Set-Thing -ApiKey k",
        "Get-Secret foo", "$Password = Read-Host", "New-Principal -access_token x",
    ])
    func sensitiveWordsMatchCaseInsensitivelyAnywhere(entry: String) {
        #expect(policy.isSensitive(entry))
        #expect(policy.disposition(for: entry) == .memoryOnly)
    }

    /// PSReadLine 2.1's words, anywhere in the line (whole-line regex, PSReadLine/History.cs):
    /// `$apiToken = '...'` stays out of the file.
    @Test(arguments: ["$apiToken = 'abc123'", "$mySecret = 1", "Get-Password", "$x | ConvertTo-SecureString -asPlainText", "$APIKEY"])
    func eachDefaultWordKeepsTheLineOutOfTheFile(entry: String) {
        #expect(policy.disposition(for: entry) == .memoryOnly)
    }

    /// 2.0's `key` became `apikey` in 2.1 (#1517): the key provider commands are ordinary lines.
    @Test(arguments: ["New-LabKeyServerKey -KeyServer 192.168.110.91", "Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA"])
    func keyAloneIsNotASensitiveWord(entry: String) {
        #expect(policy.disposition(for: entry) == .memoryAndFile)
    }

    @Test(arguments: ["Get-TrustAuthorityCluster", "Get-Help about_Pass", "if ($x) {\n  'tok'\n}"])
    func ordinaryEntriesGoToMemoryAndFile(entry: String) {
        #expect(policy.disposition(for: entry) == .memoryAndFile)
    }

    @Test(arguments: ["", " ", "\t \n  "])
    func whitespaceOnlyEntriesAreIgnored(entry: String) {
        #expect(policy.disposition(for: entry) == .ignore)
    }

    @Test func customWordsAreComparedCaseInsensitively() {
        let custom = HistoryPolicy(sensitiveWords: ["Thumbprint"])
        #expect(custom.isSensitive("Get-Cert -THUMBPRINT ab"))
        #expect(!custom.isSensitive("Connect -Password x"))
    }
}
