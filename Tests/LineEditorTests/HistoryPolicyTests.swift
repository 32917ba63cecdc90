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
