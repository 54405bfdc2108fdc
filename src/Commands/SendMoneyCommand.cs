using Conversational.Commands.Money;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>"#send 50EUR @lea": pay a person.</summary>
public sealed record SendMoneyCommand : MoneyCommand
{
    public SendMoneyCommand(Amount amount, Recipient recipient, Language language, string? note = null)
        : base(language, amount, recipient, note)
    {
    }

    internal SendMoneyCommand(Language language, Amount amount, RecipientKind kind, TextSlice recipient,
        TextSlice note)
        : base(language, amount, kind, recipient, note)
    {
    }

    public override CommandKind Kind => CommandKind.Send;
}
