namespace Conversational.Commands.Keywords;

/// <summary>Arabic command words, folded (no short vowels; أ إ آ written ا, ة written ه, ى written ي), so
/// "أرسل" and "إرسال" are found as "ارسل" and "ارسال".</summary>
internal static class ArabicKeywords
{
    public static readonly (string Word, CommandKind Kind)[] Words =
    [
        ("ارسل", CommandKind.Send), ("ارسال", CommandKind.Send), ("حول", CommandKind.Send),
        ("تحويل", CommandKind.Send), ("ادفع", CommandKind.Send), ("دفع", CommandKind.Send),
        ("تبرع", CommandKind.Donate),
        ("شراء", CommandKind.Buy), ("اشتري", CommandKind.Buy), ("اشتر", CommandKind.Buy),
        ("رصيد", CommandKind.Balance), ("الرصيد", CommandKind.Balance),
        ("سجل", CommandKind.History), ("السجل", CommandKind.History),
        ("مصاريف", CommandKind.Spending), ("المصاريف", CommandKind.Spending),
        ("المزيد", CommandKind.More), ("مزيد", CommandKind.More),
        ("مساعده", CommandKind.Help),
        ("توقف", CommandKind.Stop), ("ايقاف", CommandKind.Stop),
        ("ابدا", CommandKind.Start),
        ("نعم", CommandKind.Confirm), ("موافق", CommandKind.Confirm), ("تاكيد", CommandKind.Confirm),
        ("لا", CommandKind.Cancel), ("الغاء", CommandKind.Cancel),
    ];
}
