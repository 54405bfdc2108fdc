namespace Conversational.Wallet;

/// <summary>
/// The idempotency key of a money movement, chosen by the caller and derived from the message that caused it
/// (for example <c>telegram:mybot:4321:send</c>). The same id always has the same outcome.
/// </summary>
public readonly record struct TransferId
{
    public const int MaxLength = 200;

    public TransferId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value))
        {
            throw new ArgumentException($"A transfer id is 1-{MaxLength} printable characters without spaces or '|'.", nameof(value));
        }
        Value = value;
        _hash = string.GetHashCode(value, StringComparison.Ordinal);
    }

    private readonly int _hash;

    public string Value { get; }

    public static bool IsValid(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '|')
            {
                return false;
            }
        }
        return true;
    }

    public static implicit operator TransferId(string value) => new(value);

    public static TransferId FromString(string value) => new(value);

    public bool Equals(TransferId other) => _hash == other._hash && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => _hash;

    public override string ToString() => Value ?? "";
}
