namespace Conversational.Bots.Conversations;

/// <summary>
/// One message to the person: text, and choices each channel renders its own way (buttons, suggested actions,
/// a numbered list for SMS).
/// </summary>
public sealed record OutboundReply(string Text, IReadOnlyList<ReplyChoice> Choices)
{
    public OutboundReply(string text)
        : this(text, [])
    {
    }
}

/// <summary>A button: what it shows, and the value sent back when it is pressed.</summary>
public sealed record ReplyChoice(string Label, string Value);
