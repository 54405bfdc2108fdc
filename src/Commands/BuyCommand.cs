using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>"#buy GAME42", "acheter 2 mugs bleus": a product by keyword code or name, in upper case.</summary>
public sealed record BuyCommand : Command
{
    private TextSlice _product;   // not readonly: the slice caches its string on first read

    public BuyCommand(string product, Language language, int? quantity = null)
        : this(language, TextSlice.Of(product), quantity)
    {
    }

    internal BuyCommand(Language language, TextSlice product, int? quantity)
        : base(language)
    {
        _product = product;
        Quantity = quantity;
    }

    public override CommandKind Kind => CommandKind.Buy;

    /// <summary>The keyword code or product words, upper case, single spaces ("GAME42", "BLUE MUG").</summary>
    public string Product => _product.Value;

    /// <summary>How many, when the message said so ("buy 2 MUG", "MUG x2").</summary>
    public int? Quantity { get; }

    public bool Equals(BuyCommand? other) =>
        other is not null && Language == other.Language && Product == other.Product && Quantity == other.Quantity;

    public override int GetHashCode() => HashCode.Combine(Language, Product, Quantity);
}
