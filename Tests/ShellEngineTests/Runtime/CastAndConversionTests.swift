import Testing
@testable import ShellEngine
import TestSupport

/// Casts, type-constrained variables and the arithmetic conversions, each as Windows PowerShell 5.1 gives it.
@Suite struct CastAndConversionTests {
    static let cases: [(script: String, expected: String, source: String)] = [
        ("$p = [psobject]@{ a = 1 }; $p -is [hashtable]; $p.a", "True\n1",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_PSCustomObject.md (only [pscustomobject] makes a new object)"),
        ("$o = [PSCustomObject]@{ pstypename = 'Mytype'; Name = 'x' }; $o.PSTypeNames[0]; $o.psobject.Properties.Name -join ','", "Mytype\nName",
         "PS:test/powershell/Language/Scripting/HashtableToPSCustomObjectConversion.Tests.ps1 (Add a new type name to PSTypeNames property)"),
        ("$o = [pscustomobject]@{ a = 1 }; \"[$($o.ToString())]\"; \"$o\"", "[]\n@{a=1}", "https://github.com/PowerShell/PowerShell/issues/6163"),
        ("$null -eq ('1 + 1' -as [scriptblock]); & ({ 1 + 1 } -as [scriptblock])", "True\n2",
         "PS:src/System.Management.Automation/engine/LanguagePrimitives.cs at 60b3b304f2 (no conversion from String to ScriptBlock)"),
        ("try { [scriptblock]'1 + 1' } catch { $_.Exception.Message }",
         "Cannot convert the \"1 + 1\" value of type \"System.String\" to type \"System.Management.Automation.ScriptBlock\".",
         "PS:src/System.Management.Automation/resources/ExtendedTypeSystem.resx at 60b3b304f2 (InvalidCastException)"),
        ("[char]65; [int][char]'A'; [char[]]'ab' -join '|'; 'abc'[0].GetType().Name", "A\n65\na|b\nChar",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Type_Conversion.md"),
        ("[int]$i = '5'; $i = '6'; $i.GetType().Name; $i + 1; try { $i = 'nope' } catch { 'rejected' }; $i", "Int32\n7\nrejected\n6",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Variables.md (type-constrained variables)"),
        ("[string](1, 2, 3); $OFS = '-'; [string](1, 2, 3)", "1 2 3\n1-2-3",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Preference_Variables.md ($OFS)"),
        ("[int]::MaxValue + 1; ([int]::MaxValue + 1).GetType().FullName; (512MB * 512MB).GetType().Name; (6 / 2).GetType().Name", "2147483648\nSystem.Double\nDouble\nInt32",
         "PS:src/System.Management.Automation/engine/runtime/Operations/NumericOps.cs at 60b3b304f2 (IntOps: Int32 overflow gives Double)"),
        ("([decimal]1.1 + 1).GetType().Name; [decimal]1.1 + 1", "Decimal\n2.1",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Arithmetic_Operators.md (Decimal wins)"),
        ("[ConsoleColor]::Blue + 3; [ConsoleColor]::Red - 3; [ConsoleColor]::Blue - [ConsoleColor]::Red", "Red\nBlue\n-3",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Arithmetic_Operators.md (enums)"),
        ("[int][Math]::Round(5 / 2, [MidpointRounding]::AwayFromZero); [Math]::Round(2.5)", "3\n2",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Arithmetic_Operators.md (DIVISION AND ROUNDING)"),
        ("$sb = [scriptblock]::Create('param($a) $a * 2'); & $sb 21; $sb.GetType().FullName", "42\nSystem.Management.Automation.ScriptBlock",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Script_Blocks.md ([scriptblock]::Create)"),
        ("$x = 'before'; $sb = { $x }.GetNewClosure(); $x = 'after'; & $sb", "before",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Script_Blocks.md (GetNewClosure)"),
        ("([version]'1.2.3').Minor; ([regex]'a+').Matches('caaab aa').Count; ([datetime]'1 Jan 1970').DayOfWeek", "2\n2\nThursday",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Type_Accelerators.md"),
        ("$true -eq 'false'; 'false' -eq $false", "True\nTrue", "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Booleans.md"),
        ("(10l).GetType().Name; ([int32]::MinValue + [uint32]::MaxValue).GetType().FullName; ([long]5 + 1).GetType().Name; $i = 10l; $i++; $i.GetType().Name; $i",
         "Int64\nSystem.Int64\nInt64\nInt64\n11",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Numeric_Literals.md (the l suffix); about_Arithmetic_Operators.md (Int32 + UInt32 is Int64)"),
        ("([long]10, 9, [long]100 | Sort-Object) -join ','; $h = @{ 1 = 'one' }; $h[[long]1]; [long]0 -eq 0; if ([long]0) { 'true' } else { 'false' }",
         "9,10,100\none\nTrue\nfalse", "https://learn.microsoft.com/dotnet/api/system.int64 (an Int64 compares and hashes as its number)"),
        ("[string]::new([char]'x', 3); 'a,,b'.Split([char[]]',', [System.StringSplitOptions]::RemoveEmptyEntries).Count; 'abc'.Equals('ABC', [System.StringComparison]::OrdinalIgnoreCase)",
         "xxx\n2\nTrue", "https://learn.microsoft.com/dotnet/api/system.string (String(Char, Int32), Split(Char[], StringSplitOptions), Equals(String, StringComparison))"),
        ("('abc'.ToUpper).Name; ('abc'.ToUpper).MemberType", "ToUpper\nMethod",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Methods.md (a method named without parentheses)"),
    ]

    @Test(arguments: cases)
    func castGivesPowerShellResult(_ entry: (script: String, expected: String, source: String)) {
        #expect(output(of: entry.script) == entry.expected, "script: \(entry.script) (\(entry.source))")
    }

    /// PowerShell reads the type names of its generic types in either spelling.
    @Test func genericTypeNamesParseInBothSpellings() {
        let written = TypeNames.canonical("System.Collections.Generic.Dictionary[string, int]")
        #expect(written == "System.Collections.Generic.Dictionary`2[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089],[System.Int32, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]")
        #expect(TypeNames.canonical(written ?? "") == written)
        #expect(TypeNames.canonical("Collections.ArrayList") == "System.Collections.ArrayList")
        // A type written as text in brackets (`Where-Object V -Is [int]` passes the word) names the type inside.
        #expect(TypeNames.canonical("[int]") == "System.Int32")
        #expect(TypeNames.canonical("[int[]]") == "System.Int32[]")
        #expect(TypeNames.canonical("System.Collections.Generic.List[NoSuchType]") == nil)
    }
}
