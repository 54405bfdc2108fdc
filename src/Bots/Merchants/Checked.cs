namespace Conversational.Bots.Merchants;

/// <summary>A value that passed the merchant API's rules, or the sentence saying why it did not (for a 400).</summary>
internal readonly record struct Checked<T>(T Value, string? Error)
{
    public static implicit operator Checked<T>(T value) => new(value, null);

    public static implicit operator Checked<T>(string error) => new(default!, error);
}
