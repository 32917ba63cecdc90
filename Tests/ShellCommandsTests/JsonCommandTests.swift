import Testing
import TestSupport

/// ConvertTo-Json and ConvertFrom-Json: the object by position or pipeline, `-Depth` (2 by default),
/// `-Compress`, `-AsArray`, `-AsHashtable`; piped lines are one document.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json?view=powershell-5.1
@Suite struct JsonCommandTests {
    @Test func convertToJsonIndentsLikeWindowsPowerShell() {
        #expect(output(of: "ConvertTo-Json ([pscustomobject]@{ a = 1; b = 'x' })") == "{\n    \"a\":  1,\n    \"b\":  \"x\"\n}")
    }

    @Test func compressAndAsArrayShapeTheText() {
        #expect(output(of: "@{ a = 1 } | ConvertTo-Json -Compress") == "{\"a\":1}")
        #expect(output(of: "1 | ConvertTo-Json -Compress -AsArray") == "[1]")
        #expect(output(of: "1, 2 | ConvertTo-Json -Compress") == "[1,2]")
    }

    @Test func depthDefaultsToTwoAndTurnsDeeperObjectsIntoText() {
        let script = "$o = @{ l1 = @{ l2 = @{ l3 = @{ l4 = 1 } } } }"
        #expect(output(of: script + "; ConvertTo-Json $o -Compress") == "{\"l1\":{\"l2\":{\"l3\":\"System.Collections.Hashtable\"}}}")
        #expect(output(of: script + "; ConvertTo-Json $o -Compress -Depth 1") == "{\"l1\":{\"l2\":\"System.Collections.Hashtable\"}}")
        #expect(output(of: script + "; ConvertTo-Json -InputObject $o -Compress -Depth 5") == "{\"l1\":{\"l2\":{\"l3\":{\"l4\":1}}}}")
    }

    @Test func convertFromJsonReadsPipedLinesAsOneDocument() {
        #expect(output(of: "'{', '\"a\": 5', '}' | ConvertFrom-Json | ForEach-Object { $_.a }") == "5")
        #expect(output(of: "(ConvertFrom-Json '{\"b\": [1, 2]}').b.Count") == "2")
    }

    @Test func asHashtableGivesHashtables() {
        #expect(output(of: "(ConvertFrom-Json -InputObject '{\"k\": \"v\"}' -AsHashtable).GetType().FullName") == "System.Collections.Hashtable")
        #expect(output(of: "(ConvertFrom-Json '{\"k\": \"v\"}').GetType().FullName") == "System.Management.Automation.PSCustomObject")
    }

    @Test func invalidJsonIsAnArgumentError() {
        let text = output(of: "try { ConvertFrom-Json '{nope' } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand")
    }

    /// An Int64 or unsigned integer is a number, and a .NET list (ArrayList, List[T]) an array, as any integer and
    /// IList are (ConvertTo-Json.md for 5.1: .NET objects are converted by their values and properties).
    @Test func dotNetIntegersAndListsAreNumbersAndArrays() {
        #expect(output(of: "@{ n = [long]5; u = [uint32]::MaxValue } | ConvertTo-Json -Compress") == "{\"n\":5,\"u\":4294967295}")
        #expect(output(of: "$l = [System.Collections.ArrayList]@(1, 'a'); @{ l = $l } | ConvertTo-Json -Compress") == "{\"l\":[1,\"a\"]}")
        #expect(output(of: "ConvertTo-Json -InputObject ([System.Collections.Generic.List[int]]@(1, 2)) -Compress") == "[1,2]")
    }
}
