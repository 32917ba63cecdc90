import Testing
import TestSupport

/// New-Object: `-TypeName` (positional), `-ArgumentList` (positional 1, alias `-Args`) for the constructor, and
/// `-Property` to set properties of the new object.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/new-object?view=powershell-5.1
@Suite struct NewObjectCommandTests {
    @Test func positionalTypeNameAndArgumentsBuildACredential() {
        let text = output(of: "$c = New-Object PSCredential 'u1', (ConvertTo-SecureString 'p' -AsPlainText -Force); $c.UserName; $c.GetType().FullName")
        #expect(text == "u1\nSystem.Management.Automation.PSCredential")
    }

    @Test func theArgsAliasPassesConstructorArguments() {
        #expect(output(of: "(New-Object -TypeName datetime -Args 2020, 2, 3).ToString('yyyy-MM-dd')") == "2020-02-03")
    }

    @Test func argumentsGivenAsOneArrayAreTheConstructorsArguments() {
        #expect(output(of: "New-Object string -ArgumentList @(,@('a', 'b'))") == "ab")
    }

    @Test func propertySetsPropertiesOfTheNewObject() {
        #expect(output(of: "$o = New-Object PSObject -Property @{ Name = 'n1' }; $o.Name") == "n1")
    }

    @Test func anUnknownTypeIsTypeNotFound() {
        let text = output(of: "try { New-Object No.Such.Type } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand")
    }
}
