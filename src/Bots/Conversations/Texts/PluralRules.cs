using Conversational.Commands;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>
/// CLDR plural rules for whole counts (operand i = n, no visible fraction). The sign does not matter: CLDR
/// takes the absolute value.
/// </summary>
public static class PluralRules
{
    public static PluralCategory For(Language language, long n) => language switch
    {
        Language.French => French(n),
        Language.Arabic => Arabic(n),
        _ => English(n),
    };

    /// <summary>one: i = 1 and v = 0; other: everything else (0 items, 2 items).</summary>
    public static PluralCategory English(long n) => Absolute(n) == 1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary>one: i = 0,1; many: i != 0 and i % 1000000 = 0 ("1 000 000 de jours"); other: the rest.</summary>
    public static PluralCategory French(long n) => Absolute(n) switch
    {
        0 or 1 => PluralCategory.One,
        var i when i % 1_000_000 == 0 => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    /// <summary>zero: 0; one: 1; two: 2; few: n % 100 = 3..10; many: n % 100 = 11..99; other: 100, 101, 102.</summary>
    public static PluralCategory Arabic(long n) => Absolute(n) switch
    {
        0 => PluralCategory.Zero,
        1 => PluralCategory.One,
        2 => PluralCategory.Two,
        var i when i % 100 is >= 3 and <= 10 => PluralCategory.Few,
        var i when i % 100 is >= 11 and <= 99 => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    /// <summary>|n| without overflow: long.MinValue has no positive long.</summary>
    private static ulong Absolute(long n) => n < 0 ? unchecked((ulong)-(n + 1)) + 1 : (ulong)n;
}
