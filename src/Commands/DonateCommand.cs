using Conversational.Commands.Money;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>"#don 10EUR @restos": give to a charity.</summary>
public sealed record DonateCommand : MoneyCommand
{
    public DonateCommand(Amount amount, Recipient recipient, Language language, string? note = null)
        : base(language, amount, recipient, note)
    {
    }

    internal DonateCommand(Language language, Amount amount, RecipientKind kind, TextSlice recipient,
        TextSlice note)
        : base(language, amount, kind, recipient, note)
    {
    }

    public override CommandKind Kind => CommandKind.Donate;
}
