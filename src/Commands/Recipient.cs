namespace Conversational.Commands;

/// <summary>Who money goes to, as the message named them.</summary>
/// <param name="Kind">A handle or a phone number.</param>
/// <param name="Value">The handle in lower case without "@", or the phone number in E.164.</param>
public readonly record struct Recipient(RecipientKind Kind, string Value)
{
    public static Recipient Handle(string handle) => new(RecipientKind.Handle, handle);

    public static Recipient Phone(string e164) => new(RecipientKind.Phone, e164);

    public override string ToString() => Kind == RecipientKind.Handle ? "@" + Value : Value;
}
