nav-desk = مكتبي
desk-title = مكتبي
desk-intro = ما ينتظرك، حسب الاتفاقية والدور، في تاريخ
desk-no-roles = لا يحمل حسابك بعد أي دور في أي اتفاقية. يمنح المسؤول الأدوار.
desk-role-isu-staff = موظفو وحدة دعم التنفيذ: قيد الانتظار
desk-role-president = الرئيس
desk-role-coordinator = المنسق
desk-role-focal-point = جهة الاتصال
desk-role-everyone = الرسائل
desk-item-registrations-pending = { $count ->
    [one] تسجيل واحد ينتظر القرار
    [two] تسجيلان ينتظران القرار
    [few] { $count } تسجيلات تنتظر القرار
   *[other] { $count } تسجيلًا ينتظر القرار
}
desk-item-actions-overdue = { $count ->
    [0] لا إجراء متأخر
    [one] إجراء واحد متأخر
    [two] إجراءان متأخران
    [few] { $count } إجراءات متأخرة
   *[other] { $count } إجراءً متأخرًا
}
desk-item-findings-errors = { $count ->
    [0] لا خطأ بين النتائج
    [one] خطأ واحد بين النتائج
    [two] خطآن بين النتائج
    [few] { $count } أخطاء بين النتائج
   *[other] { $count } خطأً بين النتائج
}
desk-item-advice-open = { $count ->
    [0] لا طلب مشورة مفتوح
    [one] طلب مشورة واحد مفتوح
    [two] طلبا مشورة مفتوحان
    [few] { $count } طلبات مشورة مفتوحة
   *[other] { $count } طلبَ مشورة مفتوحًا
}
desk-item-reports-overdue = { $count ->
    [0] لا تقرير متأخر
    [one] تقرير أو موعد واحد متأخر
    [two] تقريران أو موعدان متأخران
    [few] { $count } تقارير أو مواعيد متأخرة
   *[other] { $count } تقريرًا أو موعدًا متأخرًا
}
desk-item-registrations-own = { $count ->
    [one] شخص واحد مسجل من وفدك
    [two] شخصان مسجلان من وفدك
    [few] { $count } أشخاص مسجلون من وفدك
   *[other] { $count } شخصًا مسجلًا من وفدك
}
desk-item-actions-owned = { $count ->
    [one] إجراء مفتوح واحد تتولاه دولتك
    [two] إجراءان مفتوحان تتولاهما دولتك
    [few] { $count } إجراءات مفتوحة تتولاها دولتك
   *[other] { $count } إجراءً مفتوحًا تتولاه دولتك
}
desk-item-notices = { $count ->
    [0] لم تصل أي رسالة
    [one] رسالة واحدة واردة
    [two] رسالتان واردتان
    [few] { $count } رسائل واردة
   *[other] { $count } رسالة واردة
}
desk-item-office-held = المنصب الذي تشغله اليوم
desk-item-seat-held = المقعد الذي تشغله اليوم
desk-item-nothing-held = لا منصب ولا مقعد اليوم
desk-item-next-meeting = الاجتماع القادم
desk-item-next-deadline = الموعد النهائي القادم
desk-item-state-page = صفحة دولتك
desk-item-last-held = آخر منصب شُغل (مع يوم انتهائه)
desk-item-reports-received = { $count ->
    [0] لم يرد أي تقرير في الأيام الثلاثين الأخيرة
    [one] ورد تقرير واحد في الأيام الثلاثين الأخيرة
    [two] ورد تقريران في الأيام الثلاثين الأخيرة
    [few] وردت { $count } تقارير في الأيام الثلاثين الأخيرة
   *[other] ورد { $count } تقريرًا في الأيام الثلاثين الأخيرة
}
desk-item-reports-drafts = { $count ->
    [one] تقرير واحد لدولتك محفوظ كمسودة ولم يُقدَّم بعد
    [two] تقريران لدولتك محفوظان كمسودتين ولم يُقدَّما بعد
    [few] { $count } تقارير لدولتك محفوظة كمسودات ولم تُقدَّم بعد
   *[other] { $count } تقريرًا لدولتك محفوظًا كمسودات ولم يُقدَّم بعد
}

desk-item-presides = اجتماع رئاستك
desk-item-preparation = التحضير للاجتماع
desk-item-committee = { $count ->
    [zero] لجنة التنسيق اليوم: لا أعضاء
    [one] لجنة التنسيق اليوم: عضو واحد
    [two] لجنة التنسيق اليوم: عضوان
    [few] لجنة التنسيق اليوم: { $count } أعضاء
   *[other] لجنة التنسيق اليوم: { $count } عضوًا
}
desk-item-committee-next-meeting = الاجتماع المقبل للجنة التنسيق
desk-item-notice-new = كتابة رسالة إلى جمهور
desk-item-group = فريقك العامل أو مجالك المواضيعي
desk-item-sessions = { $count ->
    [zero] لا جلسات لفريقك في البرنامج
    [one] جلسة واحدة لفريقك في البرنامج
    [two] جلستان لفريقك في البرنامج
    [few] { $count } جلسات لفريقك في البرنامج
   *[other] { $count } جلسة لفريقك في البرنامج
}
desk-item-handover-received = مذكرة التسليم من الشاغل السابق لمقعدك
desk-item-handover-write = لم تُكتب بعد مذكرة التسليم منك إلى الشاغل التالي
desk-item-actions-seat = { $count ->
    [zero] لا إجراءات مفتوحة يتولاها مقعدك
    [one] إجراء مفتوح واحد يتولاه مقعدك
    [two] إجراءان مفتوحان يتولاهما مقعدك
    [few] { $count } إجراءات مفتوحة يتولاها مقعدك
   *[other] { $count } إجراءً مفتوحًا يتولاه مقعدك
}
desk-urgent = للإنجاز
