/// Malformed and hostile inputs: each must give an error or a result, never a crash or a hang.
enum BadInputCorpus {
    static let handWritten: [String] = [
        "'unterminated", "\"unterminated", "@\"\nno end", "@'\nno end", "{", "}", "(", ")", "[", "]", "@{", "@(", "$(",
        "if (", "if ($true) {", "while (", "for (;;", "foreach ($x in", "switch ($x) {", "try {", "try { } ", "catch { }",
        "function", "function f {", "function ( ) { }", "param(", "1 +", "1 -eq", "-", "--", "---", "$", "${", "${}", "$:",
        "|", "| Sort-Object", "1 |", "1 | | 2", "1;;;2", ";;;", "&", "& ''", "& $null", ". ''", "@", "@@", ",", ",,", "1,,2",
        "`", "``", "#", "<#", "<# unterminated", "#>", "[int", "[int]]", "[no.such.type]1", "[int]'abc'", "[int]9999999999999",
        "99999999999999999999999999999", "1e999", "-1e999", "0x", "0xFFFFFFFFFFFFFFFFFFFF", "1kb * 1pb * 1pb", "1/0", "1%0",
        "[int]::MaxValue + 1", "[long]::MaxValue * 2", "1..999999999", "'a' * 999999999", "@(1) * 999999999", "'{0}' -f",
        "'{99}' -f 1", "'{' -f 1", "'x' -match '('", "'x' -replace '[', 'y'", "'x' -split '('", "'x' -like '[a'",
        "$null.x.y.z", "$null[0]", "$null()", "$null.Foo()", "(1,2)[99]", "@{}[$null]", "@{a=1;a=2}", "@{a}", "@{=1}",
        "[pscustomobject]", "[pscustomobject]5", "New-Object", "New-Object No.Such.Type", "New-Object PSCredential", "Get-Foo -Bar",
        "Sort-Object -", "Sort-Object -Top", "Sort-Object -Top -1", "Select-Object -First -5", "Select-Object -Index 99",
        "Get-Date -Year 0", "Get-Date -Month 13", "Get-Date -Format", "Get-Date -Date ''", "Start-Sleep -Seconds -5",
        "Start-Sleep -Milliseconds 'x'", "Get-ChildItem -Path $null", "Get-ChildItem ''", "Test-Path ''", "Test-Path $null",
        "Get-Content /no/such/file", "Remove-Item /no/such/file", "Copy-Item /no/such/a /no/such/b", "New-Item -ItemType Weird x",
        "ConvertFrom-Json '{'", "ConvertFrom-Json '[1,'", "ConvertFrom-Json '\"\\u12'", "ConvertFrom-Json 'nul'", "ConvertTo-Json",
        "ConvertFrom-Csv ''", "ConvertTo-SecureString", "ConvertTo-SecureString 'zz'", "Get-Member", "Measure-Object -Property x",
        "'a' | Measure-Object -Sum", "Group-Object -Property {throw 'x'}", "1 | Where-Object { throw 'w' }", "1 | ForEach-Object { break }",
        "break", "continue", "return", "exit 'abc'", "throw", "throw $null", "trap { } 1", "$true = 1", "$null = 5; $null",
        "function f { f }; f", "function g { g 1 2 3 }; g", "$sb = { & $sb }; & $sb", "filter q { $_ | q }; 1 | q",
        "Invoke-Expression", "Get-Help Nope", "Get-Help Get-Date -Parameter Nope", "Get-Command -Noun", "Set-Location /no/such",
        "Write-Error", "Write-Error -Category Nope x", "Write-Progress", "Read-Host", "Get-Credential", "Format-Table -Property",
        "1 | Format-Table -Property @{}", "1 | Format-Table -Property @{e={}}", "1 | Select-Object -Property @{}", "Format-Wide -Column 0",
        "Format-Wide -Column 999999", "1 | Out-String -Width -1", "1 | Out-String -Width 9999999", "Out-File", "1 > /no/such/dir/file",
        "$a = @(); $a[0] = 1", "$h = @{}; $h.Add($null, 1)", "$x = 1; $x.NoMethod()", "'abc'.Substring(99)", "'abc'.Substring(-1)",
        "[math]::Sqrt('x')", "[string]::Format('{0}')", "[char]'ab'", "[byte]300", "[datetime]'not a date'", "[bool]'x' -eq 5",
        "1 -as [no.type]", "'x' -is [no.type]", "$x = [ordered]5", "[ordered]@{a=1}.a", "$env:", "$env:NO_SUCH_VAR.Length",
        "$global:", "$script:x = 1; $script:x", "${a b} = 1; ${a b}", "$a?b = 1", "\"$(\"", "\"$(1\"", "\"${\"", "\"`u{110000}\"",
        "\"`u{}\"", "\"`u{zz}\"", "'\u{0}'", "\u{0}", "Write-Output \u{0}", "\u{FEFF}1", "\u{202E}abc", "１２３", "ａｂｃ",
        "Write-Output 'ok' # trailing", "-Verbose", "Get-Date -Verbose:$false -Debug:'x'", "Get-Date -ErrorAction Nope",
        "Get-Date -ErrorAction", "Get-Date -OutVariable", "Get-Date -ov ''", "Get-Date -ev +", "Get-Date -WhatIf",
        "Set-Variable", "Set-Variable -Name '' -Value 1", "Remove-Variable true", "Set-Variable -Name null -Value 1",
        "Get-Variable -Name $null", "Clear-Variable nosuch", "1 2 3", "1 $x", "(1", "1)", "{}.Invoke(", "$x = ", "= 1", "+=",
        "$x +=", "$x++++", "++$null", "$a,$b,$c = ", "[int[]]'a,b'", "[string[]]$null", "@(@(@(@(@(@(1))))))", "-not", "!",
        // .NET collections, casts and operators (issue 13).
        "[char]-1", "[char]65536", "[byte[]]$null", "[char[]]$null", "$l = [System.Collections.ArrayList]@(1); $l.GetRange(-1, 5)",
        "[System.Collections.ArrayList]::new(-1)", "[System.Collections.Generic.List[int]]::new('x')", "$l = [System.Collections.Generic.List[int]]::new(); $l[5] = 1",
        "$l = [System.Collections.Generic.List[int]]::new(); $l.RemoveAt(-1); $l.Insert(99999999999, 1)", "[System.Collections.Queue]::new().Dequeue()",
        "[System.Collections.Stack]::new().Pop()", "$s = [System.Collections.Generic.HashSet[string]]::new(); $s.UnionWith($null)",
        "$sb = [System.Text.StringBuilder]::new(); $sb.Length = -5", "$sb = [System.Text.StringBuilder]::new(); $sb.Append('x', 999999999)",
        "[System.Text.StringBuilder]::new().Remove(1, 99)", "[System.Text.StringBuilder]::new().Replace('', 'x')", "[string]::new('x', -1)",
        "[regex]::new('(')", "[regex]'('", "'aaa' -replace '(a)', '$99999999999999999999999'", "'a' -split 'a', [int]::MinValue",
        "'a' -split 'a', 0, 'Nope'", "'a' -split 'a', 0, 'SimpleMatch,Multiline'", "'a' -split { throw 'p' }", "'x' -replace 'x', 'a', 'b'",
        "'{0:' + ('0' * 100000) + '}' -f 1", "'{0:.' + ('0' * 100000) + '}' -f 1", "'abc'.Split([string[]]@('b'), -1)",
        "$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add($null, 1); $d['a'] = 'x'", "[System.Collections.Generic.List[NoSuch]]::new()",
        "[System.Collections.Generic.Dictionary[string]]::new()", "$o = [ordered]@{}; $o.Insert(5, 'a', 1); $o.RemoveAt(9); $o[7] = 1",
        "[scriptblock]::Create('1 +')", "[scriptblock]::Create($null)", "{ 1 }.GetNewClosure().GetNewClosure()", "$e = $Error; $e.RemoveAt(99)",
        "[ref]$null", "$r = [ref]5; $r.Value = 6; $r.Value", "[enum]::GetNames([int])", "[char]::IsDigit('ab')", "[object]::ReferenceEquals()",
        "throw [System.ArgumentException]::new('a', 'b', 'c')", "try { throw } catch { throw }", "1 + ; 2 * ; 3 - ; 4 / ; ) ) ) }",
        "[System.Text.Encoding]::GetEncoding('nope')", "[System.Text.Encoding]::UTF8.GetString('x')", "$x = @{}; $x.psbase.Keys.Clear()",
    ]

    /// Inputs built from templates: deep nesting, huge lines, long operator chains.
    static var generated: [String] {
        var lines: [String] = []
        for depth in [10, 100, 500, 2_000, 10_000] {
            lines.append(String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth))
            lines.append(String(repeating: "(", count: depth))
            lines.append(String(repeating: "{", count: depth))
            lines.append(String(repeating: "@(", count: depth) + String(repeating: ")", count: depth))
            lines.append(String(repeating: "$(", count: depth))
            lines.append(String(repeating: "[", count: depth))
            lines.append(String(repeating: "if ($true) { ", count: min(depth, 1_000)) + String(repeating: "}", count: min(depth, 1_000)))
            lines.append(String(repeating: "-", count: depth) + "1")
            lines.append(String(repeating: "!", count: depth) + "$true")
            lines.append("1" + String(repeating: " + 1", count: depth))
            lines.append("'a'" + String(repeating: " | Sort-Object", count: min(depth, 500)))
            lines.append(String(repeating: "\"$(", count: min(depth, 500)))
            lines.append("@{" + String(repeating: "a=@{", count: min(depth, 500)))
        }
        let megabyte = 1 << 20
        lines.append("'" + String(repeating: "a", count: megabyte) + "'")
        lines.append("\"" + String(repeating: "b", count: megabyte) + "\"")
        lines.append(String(repeating: "x", count: megabyte))
        lines.append("Write-Output " + String(repeating: "y", count: megabyte))
        lines.append(String(repeating: "1,", count: 65_536) + "1 | Measure-Object")
        lines.append(String(repeating: "9", count: megabyte))
        lines.append("$" + String(repeating: "v", count: megabyte))
        lines.append("# " + String(repeating: "c", count: megabyte))
        lines.append(String(repeating: "; ", count: megabyte / 2))
        lines.append(String(repeating: "`\n", count: 1_000))
        for scalar in [0x00, 0x01, 0x07, 0x08, 0x1B, 0x7F, 0x85, 0xA0, 0x2028, 0xFFFD, 0x1F600] {
            guard let value = Unicode.Scalar(scalar) else { continue }
            lines.append("Write-Output a\(Character(value))b")
            lines.append("'\(Character(value))' | ConvertTo-Json")
        }
        for number in ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e308 * 10",
                       "0.0000000000000000000000001", "1d", "1.5d", "0x7FFFFFFF + 1", "[int]2147483647.5", "[decimal]'1e30'"] {
            lines.append(number)
        }
        return lines
    }

    /// Byte strings that are not valid UTF-8, for the parser's own entry point.
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0x27, 0xFF, 0x27], [0x24, 0xC0, 0xAF], [0x22, 0x80, 0x80, 0x22], [0x00, 0x00, 0x00], [0x31, 0x00, 0x2B, 0x31],
    ]
}
