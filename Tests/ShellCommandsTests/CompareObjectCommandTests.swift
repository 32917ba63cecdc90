import Foundation
import Testing
import TestSupport

/// Compare-Object. Sources: the 5.1 documentation (Example: `Compare-Object 1,2,3 2,3,4` gives 4 `=>` then 1 `<=`;
/// -IncludeEqual, -ExcludeDifferent, -Property, -PassThru adding SideIndicator) and PowerShell's
/// test/powershell/Modules/Microsoft.PowerShell.Utility/Compare-Object.Tests.ps1; the output order follows
/// CompareObjectCommand.cs (matches as they come, then the difference backlog, then the reference backlog).
@Suite struct CompareObjectCommandTests {
    @Test func differencesComeFirstThenReferenceOnlyObjects() {
        let text = output(of: """
        Compare-Object -ReferenceObject 1,2,3 -DifferenceObject 2,3,4 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
        """)
        #expect(text == "4 =>\n1 <=")
    }

    @Test func includeEqualListsTheMatchesInOrder() {
        let text = output(of: """
        Compare-Object 1,2,3 2,3,4 -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
        '--'
        Compare-Object 'a','B','c' 'b','C','d' -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
        '--'
        (Compare-Object 'a' 'A' -CaseSensitive).Count
        """)
        #expect(text == "2 ==\n3 ==\n4 =>\n1 <=\n--\nB ==\nc ==\n--\n2")
    }

    @Test func propertyComparisonWritesThePropertiesAndPassThruTheObjects() {
        let text = output(of: """
        $a = [pscustomobject]@{ Name = 'x'; Size = 1 }, [pscustomobject]@{ Name = 'y'; Size = 2 }
        $b = [pscustomobject]@{ Name = 'y'; Size = 5 }, [pscustomobject]@{ Name = 'z'; Size = 3 }
        Compare-Object $a $b -Property Name | ForEach-Object { ($_.PSObject.Properties.Name -join ',') + ' ' + $_.Name + $_.SideIndicator }
        Compare-Object $a $b -Property Name -PassThru | ForEach-Object { "$($_.Name) $($_.Size) $($_.SideIndicator)" }
        """)
        #expect(text == "Name,SideIndicator z=>\nName,SideIndicator x<=\nz 3 =>\nx 1 <=")
    }

    @Test func theDifferenceObjectComesFromThePipelineAndTheTableShowsBothColumns() {
        let text = output(of: "'b', 'c' | Compare-Object -ReferenceObject 'a', 'b'")
        #expect(text.trimmingCharacters(in: .newlines) == "InputObject SideIndicator\n----------- -------------\nc           =>\na           <=")
    }
}
