using Conversational.Shared;

namespace Conversational.Wallet;

/// <summary>An ISO 4217 currency with its number of decimals (EUR 2, JPY 0, TND 3).</summary>
public readonly record struct Currency
{
    private Currency(string code, int exponent)
    {
        Code = code;
        Exponent = exponent;
    }

    public static readonly Currency Eur = Of("EUR");

    /// <summary>The upper-case ISO 4217 code.</summary>
    public string Code { get; }

    /// <summary>How many decimals the minor unit has.</summary>
    public int Exponent { get; }

    /// <summary>A known ISO 4217 code (upper case), or null.</summary>
    public static Currency? Find(string? code) =>
        code is not null && Iso4217.TryFind(code, out var canonical, out var exponent) ? new Currency(canonical, exponent) : null;

    /// <summary>A known ISO 4217 code; throws for anything else.</summary>
    public static Currency Of(string code) =>
        Find(code) ?? throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    public bool Equals(Currency other) => ReferenceEquals(Code, other.Code) || string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <summary>The three letters packed into an int: as good as a string hash for ISO codes, and far cheaper.</summary>
    public override int GetHashCode() => Code is { Length: 3 } c ? c[0] | c[1] << 8 | c[2] << 16 : 0;

    public override string ToString() => Code ?? "";
}
