namespace Conversational.Bots.Conversations;

/// <summary>Where a person's conversation stands between two messages.</summary>
public enum ConversationState
{
    /// <summary>Nothing asked; any command starts something.</summary>
    Idle,

    /// <summary>A transfer was described and waits for the person's yes or no.</summary>
    AwaitingConfirmation,

    /// <summary>Money waiting for the person was announced; they may accept it now.</summary>
    AwaitingClaimAnswer,

    /// <summary>The statement was shown; "more" shows the next page.</summary>
    ReadingHistory,

    /// <summary>A purchase is under way (<see cref="ConversationData.Cart"/>); answers go to its current step.</summary>
    Purchasing,

    /// <summary>A question matched two FAQ entries weakly; the person picks one, or asks a person.</summary>
    ChoosingFaqAnswer,

    /// <summary>The person asked to delete their data and must confirm.</summary>
    ConfirmingDeletion,
}
