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
        ("رصيد", CommandKind.Balance), ("الرصيد", CommandKind.Balance), ("رصيدي", CommandKind.Balance),
        ("سجل", CommandKind.History), ("السجل", CommandKind.History), ("سجلي", CommandKind.History),
        ("مصاريف", CommandKind.Spending), ("المصاريف", CommandKind.Spending), ("مصاريفي", CommandKind.Spending),
        ("المزيد", CommandKind.More), ("مزيد", CommandKind.More),
        ("مساعده", CommandKind.Help),
        ("توقف", CommandKind.Stop), ("ايقاف", CommandKind.Stop),
        ("ابدا", CommandKind.Start),
        ("نعم", CommandKind.Confirm), ("موافق", CommandKind.Confirm), ("تاكيد", CommandKind.Confirm),
        ("لا", CommandKind.Cancel), ("الغاء", CommandKind.Cancel),
        ("تتبع", CommandKind.Orders), ("طلباتي", CommandKind.Orders), ("طلبات", CommandKind.Orders),
        ("طلب", CommandKind.Orders), ("طلبي", CommandKind.Orders),
        ("بياناتي", CommandKind.ExportData),
        ("اعتراض", CommandKind.Dispute),
        ("رجوع", CommandKind.Back), ("السابق", CommandKind.Back), ("ارجع", CommandKind.Back),
        ("احاله", CommandKind.Referral),
        ("مستشار", CommandKind.Advisor), ("موظف", CommandKind.Advisor),
        ("متابعه", CommandKind.Resume), ("اكمل", CommandKind.Resume),
        ("نقاطي", CommandKind.Points), ("نقاط", CommandKind.Points),
        ("ربط", CommandKind.Link), ("اربط", CommandKind.Link),
        ("معرف", CommandKind.Handle), ("معرفي", CommandKind.Handle), ("لقب", CommandKind.Handle),
        ("لغه", CommandKind.Language), ("اللغه", CommandKind.Language),
        ("استلام", CommandKind.Claim), ("استلم", CommandKind.Claim), ("اقبل", CommandKind.Claim), ("قبول", CommandKind.Claim),
    ];

    /// <summary>Commands of several words, folded, one space between words; the longest is read first. Erasing
    /// needs the data named: a lone "احذف" names nothing.</summary>
    public static readonly (string Phrase, CommandKind Kind)[] Phrases =
    [
        ("احذف بياناتي", CommandKind.DeleteData), ("امسح بياناتي", CommandKind.DeleteData),
        ("حذف بياناتي", CommandKind.DeleteData), ("مسح بياناتي", CommandKind.DeleteData),
        ("خطا في كشف", CommandKind.Dispute), ("خطا في الكشف", CommandKind.Dispute),
        ("فك الربط", CommandKind.Unlink), ("فك ربط", CommandKind.Unlink), ("الغاء الربط", CommandKind.Unlink),
        ("الغاء ربط", CommandKind.Unlink), ("اسم المستخدم", CommandKind.Handle),
    ];
}
