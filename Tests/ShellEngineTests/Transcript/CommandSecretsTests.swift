import Testing
@testable import ShellEngine
import TestSupport

@Suite struct CommandSecretsTests {
    @Test func passwordArgumentsAreMaskedInEveryWrittenForm() {
        let line = "Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'"
        let masked = CommandSecrets.masked(line)
        #expect(masked.text == "Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password '********'")
        #expect(masked.secrets == ["VMware1!"])
        #expect(CommandSecrets.masked("x -password:\"a`\"b\" -Force").text == "x -password:'********' -Force")
        #expect(CommandSecrets.masked("x -Passw bare; y").text == "x -Passw '********'; y")
        #expect(CommandSecrets.masked("Add-Thing -KmipServerPassword 'it''s' -X 1").secrets == ["it's"])
        #expect(CommandSecrets.masked("Set-Other -ApiPassword s3cret").text == "Set-Other -ApiPassword '********'")
        #expect(CommandSecrets.masked("Set-Other -PasswordPolicy strict").text == "Set-Other -PasswordPolicy strict")
    }

    @Test func variablesAndOtherParametersAreLeftAlone() {
        #expect(CommandSecrets.masked("Connect-VIServer -Password $pw").text == "Connect-VIServer -Password $pw")
        #expect(CommandSecrets.masked("Write-Output '-Password x'").text == "Write-Output '-Password x'")
        #expect(CommandSecrets.masked("Get-X -Port 443 -PassThru").text == "Get-X -Port 443 -PassThru")
    }

    @Test func plainTextGivenToConvertToSecureStringIsMasked() {
        let masked = CommandSecrets.masked("$s = ConvertTo-SecureString 'VMware1!' -AsPlainText -Force")
        #expect(masked.text == "$s = ConvertTo-SecureString '********' -AsPlainText -Force")
        #expect(CommandSecrets.masked("ConvertTo-SecureString -String hunter22 -AsPlainText").text == "ConvertTo-SecureString -String '********' -AsPlainText")
        #expect(CommandSecrets.masked("ConvertTo-SecureString $encrypted").text == "ConvertTo-SecureString $encrypted")
    }

    @Test func literalArgumentsOfOtherParametersAreFound() {
        let line = "Connect-VIServer -Server 192.168.210.22 -User 'trustedadmin@vsphere.local' -Password '********'"
        #expect(CommandSecrets.literalArgument(of: "user", in: line) == "trustedadmin@vsphere.local")
        #expect(CommandSecrets.literalArgument(of: "Server", in: line) == "192.168.210.22")
        #expect(CommandSecrets.literalArgument(of: "Port", in: line) == nil)
    }
}
