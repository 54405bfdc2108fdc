using System.Text.Json.Serialization;

namespace Conversational.Bots.Conversations;

/// <summary>
/// One message to the person: text, and choices each channel renders its own way (buttons, suggested actions,
/// a numbered list for SMS).
/// </summary>
public sealed record OutboundReply
{
    [JsonConstructor]
    public OutboundReply(string text, IReadOnlyList<ReplyChoice> choices)
    {
        Text = text;
        Choices = choices ?? [];
    }

    /// <summary>A message without buttons.</summary>
    public OutboundReply(string text)
        : this(text, [])
    {
    }

    public string Text { get; }

    public IReadOnlyList<ReplyChoice> Choices { get; }

    /// <summary>A message without buttons.</summary>
    public static OutboundReply Plain(string text) => new(text);

    public bool Equals(OutboundReply? other) =>
        other is not null && Text == other.Text && Choices.SequenceEqual(other.Choices);

    public override int GetHashCode() => HashCode.Combine(Text, Choices.Count);
}

/// <summary>A button: what it shows, and the value sent back when it is pressed.</summary>
public sealed record ReplyChoice(string Label, string Value);
