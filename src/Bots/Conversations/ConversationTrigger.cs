namespace Conversational.Bots.Conversations;

/// <summary>What moves a conversation from one state to another.</summary>
public enum ConversationTrigger
{
    /// <summary>A send or donation needs a yes: new recipient, large amount, or someone not yet known.</summary>
    AskConfirmation,

    /// <summary>The person said yes; the engine has already executed what was asked.</summary>
    Confirm,

    /// <summary>The person said no, or cancelled.</summary>
    Cancel,

    /// <summary>A confirmation was not answered in time.</summary>
    Expire,

    /// <summary>Money waiting for the person was announced.</summary>
    OfferClaim,

    /// <summary>The first page of the statement was shown.</summary>
    ShowHistory,

    /// <summary>The next page of the statement was shown.</summary>
    ShowMore,

    /// <summary>A complete answer (balance, help, a transfer done at once) that ends a statement or an offer.</summary>
    Answer,

    /// <summary>A purchase started (or a parked one resumed).</summary>
    StartPurchase,

    /// <summary>The purchase was paid, cancelled or expired.</summary>
    EndPurchase,

    /// <summary>Two FAQ answers were offered.</summary>
    OfferFaq,

    /// <summary>Deleting the person's data was asked and waits for a yes.</summary>
    AskDeletion,
}
