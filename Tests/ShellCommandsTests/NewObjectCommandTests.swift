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

    /// Collections made by New-Object grow and are shared by reference (about_Arrays; ArrayList, List[T],
    /// Dictionary[K,V] in https://learn.microsoft.com/dotnet/api/system.collections).
    @Test func collectionsAreTheEnginesDotNetCollections() {
        #expect(output(of: "$a = New-Object System.Collections.ArrayList; [void]$a.Add('x'); $a.Add('y'); $a.Count; $a.GetType().FullName") == "1\n2\nSystem.Collections.ArrayList")
        #expect(output(of: "$l = New-Object 'System.Collections.Generic.List[string]'; $l.Add('a'); $l.Add('b'); $l.Count; $l -join ','") == "2\na,b")
        #expect(output(of: "$d = New-Object 'System.Collections.Generic.Dictionary[string,int]'; $d.Add('k', 5); $d['k']") == "5")
        #expect(output(of: "$h = New-Object Hashtable; $h.a = 1; $h.Count; (New-Object System.Collections.ArrayList (, @(1, 2))).Count") == "1\n2")
    }
}
