import Foundation
import Testing
@testable import ShellEngine

/// Secrets are found by what a value is bound to, not by how the parameter is spelt: every spelling that
/// binds to a sensitive parameter masks the value in the transcript and keeps the line out of the history,
/// and the session remembers the value so it is masked (and kept out) wherever it is typed later.
@Suite struct SecretsByMeaningTests {
    /// The binder's spellings of `-Password` (unique prefixes, the colon form, the alias) and the position.
    @Test(arguments: [
        "Enter-TestLogin srv1 -Pa 'Secret-1'",
        "Enter-TestLogin srv1 -Pas 'Secret-1'",
        "Enter-TestLogin srv1 -Pass 'Secret-1'",
        "Enter-TestLogin srv1 -Passw Secret-1",
        "Enter-TestLogin srv1 -Password 'Secret-1'",
        "Enter-TestLogin srv1 -password:'Secret-1'",
        "Enter-TestLogin srv1 -PASSWORD:Secret-1",
        "Enter-TestLogin srv1 -Pwd \"Secret-1\"",
        "Enter-TestLogin srv1 'Secret-1'",
        "Enter-TestLogin -Server srv1 Secret-1",
    ])
    func everySpellingThatBindsToThePasswordIsMasked(line: String) throws {
        let session = SecretSession()
        let lines = session.type([line])
        let masked = line.replacingOccurrences(of: "\"Secret-1\"", with: "'********'")
            .replacingOccurrences(of: "'Secret-1'", with: "'********'").replacingOccurrences(of: "Secret-1", with: "'********'")
        #expect(lines.first == session.prompt + masked)
        #expect(lines.dropFirst().first == "logged in to srv1")
        #expect(!session.transcript.contains("Secret-1"))
        #expect(session.kept.map(\.kept) == [false], "the line would be kept in the history")
    }

    @Test func aSplattedHashtableIsMaskedWhereItIsBuiltAndWhereItBinds() {
        let session = SecretSession()
        let lines = session.type([
            "$login = @{ Server = 'srv1'; Pwd = 'Secret-2' }; Enter-TestLogin @login",
            "$again = @{ Server = 'srv2'; Password = 'Other-3' }",
            "Enter-TestLogin @again",
        ])
        #expect(lines == [
            session.prompt + "$login = @{ Server = 'srv1'; Pwd = '********' }; Enter-TestLogin @login",
            "logged in to srv1",
            session.prompt + "$again = @{ Server = 'srv2'; Password = '********' }",
            session.prompt + "Enter-TestLogin @again",
            "logged in to srv2",
        ])
        #expect(session.kept.map(\.kept) == [false, false, true])
    }

    @Test func aValueBoundOnceIsMaskedAndKeptOutWhereverItIsTypedLater() {
        let session = SecretSession()
        let lines = session.type([
            "Enter-TestLogin srv1 -Pa 'VMware1!'",
            "$pw = 'VMware1!'",
            "\"the password was $pw\"",
            "Write-Output VMware1!",
            "Write-Output 'VMware1'",
        ])
        #expect(lines == [
            session.prompt + "Enter-TestLogin srv1 -Pa '********'",
            "logged in to srv1",
            session.prompt + "$pw = '********'",
            session.prompt + "\"the password was $pw\"",
            "the password was ********",
            session.prompt + "Write-Output '********'",
            "********",
            session.prompt + "Write-Output 'VMware1'",
            "VMware1",
        ])
        #expect(session.kept.map(\.kept) == [false, false, true, false, true])
    }

    @Test func aValueFromAVariableIsRememberedAndTheLineThatUsesTheVariableIsKept() {
        let session = SecretSession()
        let lines = session.type([
            "$p = 'From' + '-Variable-4'",
            "Enter-TestLogin srv1 -Password $p",
            "'From-Variable-4'",
        ])
        #expect(lines == [
            session.prompt + "$p = 'From' + '-Variable-4'",
            session.prompt + "Enter-TestLogin srv1 -Password $p",
            "logged in to srv1",
            session.prompt + "'********'",
            "********",
        ])
        #expect(session.kept.map(\.kept) == [true, true, false])
    }

    /// PowerShell binds pipeline objects by property name too: `Pwd` is the alias of `-Password`.
    @Test func aValueBoundFromAPipelineObjectIsRemembered() {
        let session = SecretSession()
        let lines = session.type([
            "[pscustomobject]@{ Server = 'srv1'; Pwd = 'Piped-5' } | Enter-TestLogin",
            "'Piped-5'",
        ])
        #expect(lines == [
            session.prompt + "[pscustomobject]@{ Server = 'srv1'; Pwd = '********' } | Enter-TestLogin",
            "logged in to nowhere",
            session.prompt + "'********'",
            "********",
        ])
        #expect(session.kept.map(\.kept) == [false, false])
    }

    @Test(arguments: [
        "$s = ConvertTo-SecureString 'Plain-6' -AsPlainText -Force",
        "$s = ConvertTo-SecureString -String Plain-6 -AsPlainText -Force",
        "$s = ConvertTo-SecureString -St 'Plain-6' -AsP -Fo",
        "$s = 'Plain-6' | ConvertTo-SecureString -AsPlainText -Force",
    ])
    func plainTextGivenToConvertToSecureStringIsASecret(line: String) {
        let session = SecretSession()
        let lines = session.type([line, "Write-Output 'Plain-6'"])
        #expect(lines.first == session.prompt + line.replacingOccurrences(of: "'Plain-6'", with: "'********'")
            .replacingOccurrences(of: "Plain-6", with: "'********'"))
        #expect(!session.transcript.contains("Plain-6"))
        #expect(session.kept.map(\.kept) == [false, false])
    }

    @Test func functionParametersCountByTypeAndByName() {
        let session = SecretSession()
        let lines = session.type([
            "function Set-Login { param([Alias('pw')][string]$Password, [securestring]$Key, [string]$Name) \"set $Name\" }",
            "Set-Login -pw 'Alias-7' -Name one",
            "Set-Login -Key (ConvertTo-SecureString ('Secure' + '-8') -AsPlainText -Force) -Name two",
            "Set-Login -Name 'Alias-7'",
            "'Secure-8'",
        ])
        #expect(lines == [
            session.prompt + "function Set-Login { param([Alias('pw')][string]$Password, [securestring]$Key, [string]$Name) \"set $Name\" }",
            session.prompt + "Set-Login -pw '********' -Name one",
            "set one",
            session.prompt + "Set-Login -Key (ConvertTo-SecureString ('Secure' + '-8') -AsPlainText -Force) -Name two",
            "set two",
            session.prompt + "Set-Login -Name '********'",
            "set ********",
            session.prompt + "'********'",
            "********",
        ])
        #expect(session.kept.map(\.kept) == [true, false, true, false, false])
    }

    /// A line whose binding fails (here a misspelt other parameter) never bound the password, yet the
    /// binder's name resolution, run on the line's syntax, still finds it.
    /// `-Pass` could mean `-PasswordPolicy` too: the binder cannot choose (a simple function then leaves
    /// `-Pass` in `$args` and binds the value to `$Name` by position), and the value may well be the
    /// password, so it is treated as one.
    @Test func anAmbiguousPrefixThatCouldMeanAPasswordIsMasked() {
        let session = SecretSession()
        let lines = session.type([
            "function Set-Both { param([string]$Name, [string]$Password, [string]$PasswordPolicy) }",
            "Set-Both -Pass 'Ambiguous-12'",
        ])
        #expect(lines.dropFirst().first == session.prompt + "Set-Both -Pass '********'")
        #expect(!session.transcript.contains("Ambiguous-12"))
        #expect(session.kept.map(\.kept) == [true, false])
    }

    @Test func aLineWhoseBindingFailsStillMasksItsPassword() {
        let session = SecretSession()
        let lines = session.type(["Enter-TestLogin srv1 -Pas 'Failed-9' -Protcol https", "'Failed-9'"])
        #expect(lines.first == session.prompt + "Enter-TestLogin srv1 -Pas '********' -Protcol https")
        #expect(!session.transcript.contains("Failed-9"))
        #expect(session.kept.map(\.kept) == [false, false])
    }

    @Test func lookAlikesAndCredentialUserNamesAreNotSecrets() {
        let session = SecretSession()
        let lines = session.type([
            "Set-TestPolicy -PasswordPolicy 'strict-10' -PassThru -SaveCredentials -PrivateKeyFilePath key-file.pem",
            "Enter-TestLogin srv1 -Credential 'admin-user'",
            "'strict-10', 'admin-user'",
        ])
        #expect(lines == [
            session.prompt + "Set-TestPolicy -PasswordPolicy 'strict-10' -PassThru -SaveCredentials -PrivateKeyFilePath key-file.pem",
            "policy strict-10",
            session.prompt + "Enter-TestLogin srv1 -Credential 'admin-user'",
            "logged in to srv1",
            session.prompt + "'strict-10', 'admin-user'",
            "strict-10",
            "admin-user",
        ])
        #expect(session.kept.map(\.kept) == [true, true, true])
    }

    @Test func aCredentialsPasswordIsASecretButNotItsUserName() {
        let session = SecretSession()
        let lines = session.type([
            "$c = New-Object System.Management.Automation.PSCredential('admin-user', (ConvertTo-SecureString ('Cred' + '-11') -AsPlainText -Force))",
            "Enter-TestLogin srv1 -Credential $c",
            "'admin-user'; 'Cred-11'",
        ])
        #expect(lines.suffix(3) == [session.prompt + "'admin-user'; '********'", "admin-user", "********"])
        #expect(session.kept.last?.kept == false)
    }

    /// Short secrets are masked where they stand alone (a whole string or word), not inside other words.
    @Test func aShortSecretIsMaskedAsAWholeWordOnly() {
        let session = SecretSession()
        let lines = session.type(["Enter-TestLogin srv1 -Pa xy", "$a = 'xy'", "'xyz'"])
        #expect(lines == [
            session.prompt + "Enter-TestLogin srv1 -Pa '********'",
            "logged in to srv1",
            session.prompt + "$a = '********'",
            session.prompt + "'xyz'",
            "xyz",
        ])
        #expect(session.kept.map(\.kept) == [false, false, true])
    }

    @Test(arguments: [
        ("Enter-TestLogin", "Password", true), ("x", "KmipServerPassword", true), ("x", "Credential", true),
        ("x", "PrivateKey", true), ("x", "PasswordPolicy", false), ("x", "SaveCredentials", false),
        ("x", "PrivateKeyFilePath", false), ("x", "PassThru", false), ("x", "Name", false),
    ])
    func theRuleReadsTheDeclaredName(command: String, name: String, sensitive: Bool) {
        #expect(ParameterMetadata(name, .string).isSensitive == sensitive)
    }

    @Test func theRuleReadsTheDeclaredType() {
        #expect(ParameterMetadata("Value", .secureString).isSensitive)
        #expect(ParameterMetadata("Values", .array(.secureString)).isSensitive)
        #expect(ParameterMetadata("Login", .object(typeName: "System.Management.Automation.PSCredential", acceptsName: false)).isSensitive)
        #expect(!ParameterMetadata("Value", .string).isSensitive)
        #expect(SensitiveParameterRule.isSensitive(name: "Login", typeName: "pscredential"))
        #expect(SensitiveParameterRule.isSensitive(name: "Keys", typeName: "SecureString[]"))
        #expect(SensitiveParameterRule.isSensitive(name: "Value", typeName: "System.Security.SecureString"))
        #expect(!SensitiveParameterRule.isSensitive(name: "Value", typeName: "string"))
    }
}
