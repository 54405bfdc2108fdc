namespace Conversational.Wallet;

/// <summary>
/// An account's id, written "kind:name": <c>person:alice</c>, <c>charity:restos</c>, <c>merchant:demoshop</c>,
/// <c>system:fees</c>, <c>system:funding</c>, <c>system:pending</c>, <c>system:carrier:orange</c>. The kind is
/// part of the id, so an id alone says which rules apply.
/// </summary>
public readonly record struct AccountId
{
    /// <summary>The longest name accepted, so keys and history entries stay small.</summary>
    public const int MaxNameLength = 100;

    private readonly int _hash;

    private AccountId(string value, AccountKind kind)
    {
        Value = value;
        Kind = kind;
        _hash = string.GetHashCode(value, StringComparison.Ordinal);
    }

    public static readonly AccountId Fees = new("system:fees", AccountKind.System);
    public static readonly AccountId Funding = new("system:funding", AccountKind.System);
    public static readonly AccountId PendingClaims = new("system:pending", AccountKind.System);

    public string Value { get; }

    public AccountKind Kind { get; }

    /// <summary>The part after the kind: "alice" in <c>person:alice</c>.</summary>
    public string Name => Value[(Value.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public static AccountId Person(string name) => Make("person:", name, AccountKind.Person);

    public static AccountId Charity(string name) => Make("charity:", name, AccountKind.Charity);

    public static AccountId Merchant(string name) => Make("merchant:", name, AccountKind.Merchant);

    /// <summary>The carrier-billing account of a mobile operator ("orange"): what that operator owes us.</summary>
    public static AccountId Carrier(string operatorName) => Make("system:carrier:", operatorName, AccountKind.System);

    /// <summary>Reads an id written by <see cref="Value"/>; null for anything else.</summary>
    public static AccountId? TryParse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        foreach (var (prefix, kind) in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var name = text[prefix.Length..];
                return IsValidName(name) ? new AccountId(text, kind) : null;
            }
        }
        return text == Fees.Value ? Fees : text == Funding.Value ? Funding : text == PendingClaims.Value ? PendingClaims : null;
    }

    public static AccountId Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not an account id (person:, charity:, merchant:, system:...).");

    /// <summary>Names are 1 to 100 printable characters without spaces, '|' or braces (they end up in keys and records).</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '|' or '{' or '}')
            {
                return false;
            }
        }
        return true;
    }

    public bool Equals(AccountId other) => _hash == other._hash && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Computed once: accounts are looked up several times per movement.</summary>
    public override int GetHashCode() => _hash;

    public override string ToString() => Value ?? "";

    private static readonly (string Prefix, AccountKind Kind)[] Prefixes =
    [
        ("person:", AccountKind.Person),
        ("charity:", AccountKind.Charity),
        ("merchant:", AccountKind.Merchant),
        ("system:carrier:", AccountKind.System),
    ];

    private static AccountId Make(string prefix, string name, AccountKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid account name (1-{MaxNameLength} characters, no spaces, '|' or braces).", nameof(name));
        }
        return new AccountId(prefix + name, kind);
    }
}
