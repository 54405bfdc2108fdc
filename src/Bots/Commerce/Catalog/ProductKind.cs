namespace Conversational.Bots.Commerce.Catalog;

/// <summary>Whether a product is delivered as a link or a code in the reply, or as a parcel.</summary>
public enum ProductKind
{
    Digital,
    Physical,
}
