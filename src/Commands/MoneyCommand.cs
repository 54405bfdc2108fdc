using Conversational.Commands.Money;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>A command that moves an amount to a recipient: sending or donating.</summary>
public abstract record MoneyCommand : Command
{
    private readonly RecipientKind _recipientKind;
    private TextSlice _recipient;   // not readonly: the slice caches its string on first read
    private TextSlice _note;

    private protected MoneyCommand(Language language, Amount amount, Recipient recipient, string? note)
        : this(language, amount, recipient.Kind, TextSlice.Of(recipient.Value),
            note is null ? default : TextSlice.Of(note))
    {
    }

    private protected MoneyCommand(Language language, Amount amount, RecipientKind recipientKind,
        TextSlice recipient, TextSlice note)
        : base(language)
    {
        Amount = amount;
        _recipientKind = recipientKind;
        _recipient = recipient;
        _note = note;
    }

    public Amount Amount { get; }

    public Recipient Recipient => new(_recipientKind, _recipient.Value);

    /// <summary>Words the person added that are neither amount nor recipient ("for the pizza").</summary>
    public string? Note => _note.IsEmpty ? null : _note.Value;

    public virtual bool Equals(MoneyCommand? other) =>
        other is not null && EqualityContract == other.EqualityContract && Language == other.Language &&
        Amount == other.Amount && Recipient == other.Recipient && Note == other.Note;

    public override int GetHashCode() => HashCode.Combine(EqualityContract, Language, Amount, Recipient, Note);
}
