<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttendeeForm</name>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>需要住宿</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>合住</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>单住</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>需要学分</source>
        <translation>Wants credits</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>住宿要求</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>希望同住</source>
        <translation>Roommate</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>身份证号校验不通过，请核对</source>
        <translation>The ID number&apos;s check digit is wrong: please check it</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>住房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>编号、姓名、拼音、手机、单位</source>
        <translation>Code, name, pinyin, mobile, unit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>待收费</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>显示列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>筛选框里按回车进入表格；回车或双击打开报到卡片；点击表头排序；右键表头选择显示的列。</source>
        <translation>Enter in the filter field moves to the table; Enter or double-click opens the card at the desk; click a header to sort; right-click the header to choose the columns.</translation>
    </message>
    <message>
        <source>共 {0} 人</source>
        <translation>{0} people</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>补打证件</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <source>证件已打印 {0} 次。补打需要填写原因。</source>
        <translation>The badge was printed {0} time(s). A reprint needs a reason.</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>信息有误</source>
        <translation>Wrong details</translation>
    </message>
    <message>
        <source>补打原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>输入原因或用 ↑/↓ 选择，回车确认。</source>
        <translation>Type a reason or choose one with ↑/↓; Enter confirms.</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>请填写补打原因。</source>
        <translation>Please give the reason for the reprint.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>扫描二维码，或输入编号、姓名、拼音、首字母、手机号（后四位）或单位</source>
        <translation>Scan the QR code, or type a code, name, pinyin, initials, mobile number (or its last 4 digits) or unit</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>待办：{0}</source>
        <translation>To do: {0}</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>✓ 已报到 {0} · {1} 台 · {2}</source>
        <translation>✓ Checked in {0} · desk {1} · {2}</translation>
    </message>
    <message>
        <source>{0} 待收 {1}</source>
        <translation>{0}, {1} due</translation>
    </message>
    <message>
        <source>无资料</source>
        <translation>No materials</translation>
    </message>
    <message>
        <source>资料 待领 {0} 项</source>
        <translation>Materials: {0} to hand out</translation>
    </message>
    <message>
        <source>资料 已领 {0} 项</source>
        <translation>Materials: {0} received</translation>
    </message>
    <message>
        <source>已排房 {0}</source>
        <translation>Room {0}</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不住宿</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>证件 已打印 {0} 次</source>
        <translation>Badge printed {0}×</translation>
    </message>
    <message>
        <source>证件 未打印</source>
        <translation>Badge not printed</translation>
    </message>
    <message>
        <source>{0} ✓</source>
        <translation>{0} ✓</translation>
    </message>
    <message>
        <source>{0}（缺货）</source>
        <translation>{0} (out of stock)</translation>
    </message>
    <message>
        <source>{0}（待领）</source>
        <translation>{0} (to hand out)</translation>
    </message>
    <message>
        <source>资料：{0}</source>
        <translation>Materials: {0}</translation>
    </message>
    <message>
        <source>住房：{0} {1}（{2}）{3}</source>
        <translation>Room: {0} {1} ({2}) {3}</translation>
    </message>
    <message>
        <source>收据 {0}：{1} {2}</source>
        <translation>Receipt {0}: {1} {2}</translation>
    </message>
    <message>
        <source>回车 报到并发资料</source>
        <translation>Enter: check in and hand out</translation>
    </message>
    <message>
        <source>回车 报到</source>
        <translation>Enter: check in</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <source>已报到 {0} / {1}</source>
        <translation>Checked in {0} / {1}</translation>
    </message>
    <message>
        <source>今日收款 {0}（{1}）</source>
        <translation>Taken today {0} ({1})</translation>
    </message>
    <message>
        <source>今日收款 {0}</source>
        <translation>Taken today {0}</translation>
    </message>
    <message>
        <source>{0} 晚：已用房 {1} · 空床 {2}</source>
        <translation>Night of {0}: rooms used {1} · beds free {2}</translation>
    </message>
    <message>
        <source>无住宿安排</source>
        <translation>No hotel rooms</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>扫码，或输入编号 / 姓名 / 拼音 / 手机后四位 / 单位</source>
        <translation>Scan, or type code / name / pinyin / last 4 digits / unit</translation>
    </message>
    <message>
        <source>回车 选择 / 报到</source>
        <translation>Enter select / check in</translation>
    </message>
    <message>
        <source>Esc 清空</source>
        <translation>Esc clear</translation>
    </message>
    <message>
        <source>没有找到“{0}”。新来的参会人员请按 Ctrl+N 现场注册。</source>
        <translation>Nobody matches “{0}”. Register a new arrival with Ctrl+N.</translation>
    </message>
    <message>
        <source>有 {0} 人符合“{1}”：用 ↑/↓ 选择，回车确认。</source>
        <translation>{0} people match “{1}”: choose with ↑/↓, Enter confirms.</translation>
    </message>
    <message>
        <source>找不到与“{0}”相符的参会人员。</source>
        <translation>No attendee matches “{0}”.</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>请先扫码或搜索，选择一位参会人员。</source>
        <translation>First scan or search to choose an attendee.</translation>
    </message>
    <message>
        <source>报到成功。</source>
        <translation>Checked in.</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）报到成功。</source>
        <translation>{0} ({1}, {2}) checked in.</translation>
    </message>
    <message>
        <source>{0}（{1}）报到成功。</source>
        <translation>{0} ({1}) checked in.</translation>
    </message>
    <message>
        <source>已发：{0}。</source>
        <translation>Handed out: {0}.</translation>
    </message>
    <message>
        <source>（按 F1 只报到，不发资料。）</source>
        <translation>(F1 checks in without handing out.)</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>点击切换操作员</source>
        <translation>Click to change the operator</translation>
    </message>
    <message>
        <source>报到台 {0}</source>
        <translation>Desk {0}</translation>
    </message>
    <message>
        <source>未打开会议</source>
        <translation>No event open</translation>
    </message>
    <message>
        <source>操作员：{0}</source>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <source>已报到 {0} / 总数 {1}</source>
        <translation>Checked in {0} / total {1}</translation>
    </message>
</context>
<context>
    <name>DeskTasks</name>
    <message>
        <source>已收 {0} {1}（{2}），收据号 {3}。</source>
        <translation>Received {1} ({2}) from {0}, receipt {3}.</translation>
    </message>
    <message>
        <source>已发给 {0}：{1}。</source>
        <translation>Handed to {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} 已退房。</source>
        <translation>{0} has left the room.</translation>
    </message>
    <message>
        <source>{0} 已排入 {1} 房间。</source>
        <translation>{0} is in room {1}.</translation>
    </message>
    <message>
        <source>{0} 的证件已登记打印（第 {1} 次）。连接打印机后由打印设置自动打印。</source>
        <translation>{0}&apos;s badge is queued for printing (print {1}). It prints once a printer is set up.</translation>
    </message>
    <message>
        <source>已保存 {0} 的信息。</source>
        <translation>{0}&apos;s details are saved.</translation>
    </message>
    <message>
        <source>已现场注册 {0}，编号 {1}。按回车报到。</source>
        <translation>{0} is registered with code {1}. Press Enter to check in.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>修改参会人员信息</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <source>回车保存，Esc 取消。</source>
        <translation>Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>发资料</source>
        <translation>Hand out materials</translation>
    </message>
    <message>
        <source>此类别没有需要发放的资料。</source>
        <translation>This category gets no materials.</translation>
    </message>
    <message>
        <source>应发的资料都已领取。</source>
        <translation>Everything due has been received.</translation>
    </message>
    <message>
        <source>缺货：{0}。请补充库存后再发。</source>
        <translation>Out of stock: {0}. Restock before handing it out.</translation>
    </message>
    <message>
        <source>空格 勾选/取消，回车 发放，Esc 取消。</source>
        <translation>Space ticks/unticks, Enter hands out, Esc cancels.</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>{0}&#x3000;已领</source>
        <translation>{0} — received</translation>
    </message>
    <message>
        <source>{0}&#x3000;缺货</source>
        <translation>{0} — out of stock</translation>
    </message>
    <message>
        <source>{0}&#x3000;库存 {1}</source>
        <translation>{0} — {1} in stock</translation>
    </message>
    <message>
        <source>没有勾选要发放的资料。</source>
        <translation>Nothing is ticked.</translation>
    </message>
    <message>
        <source>{0} 缺货，不能发放。请取消勾选。</source>
        <translation>{0} is out of stock and cannot be handed out. Untick it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
    <message>
        <source>{0} — 会务报到台</source>
        <translation>{0} — Huiwu Desk</translation>
    </message>
    <message>
        <source>打开会议</source>
        <translation>Open event</translation>
    </message>
    <message>
        <source>会议文件 (*.huiwu);;所有文件 (*)</source>
        <translation>Event files (*.huiwu);;All files (*)</translation>
    </message>
    <message>
        <source>正在准备演示会议…</source>
        <translation>Preparing the demo event…</translation>
    </message>
    <message>
        <source>切换操作员</source>
        <translation>Change operator</translation>
    </message>
    <message>
        <source>当前操作员</source>
        <translation>Operator at this desk</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>新建会议</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>例如：2026年全国心血管病学术年会</source>
        <translation>e.g. 2026 National Cardiology Congress</translation>
    </message>
    <message>
        <source>本机报到台的编号，1–6 位字母或数字，例如 A1</source>
        <translation>This desk&apos;s code: 1–6 letters or digits, e.g. A1</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>报到台编号</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>会议文件保存到</source>
        <translation>Save the event file to</translation>
    </message>
    <message>
        <source>会议文件 (*.huiwu)</source>
        <translation>Event files (*.huiwu)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>收费</source>
        <translation>Collect fee</translation>
    </message>
    <message>
        <source>{0}&#x3000;应收 {1} · 已收 {2} · 待收 {3}</source>
        <translation>{0} — fee {1} · paid {2} · due {3}</translation>
    </message>
    <message>
        <source>需要发票时填写</source>
        <translation>Only when an invoice is wanted</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>发票抬头</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <source>税号</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>按 1–6 选择付款方式，Tab 修改金额或填写发票信息，回车确认收款。</source>
        <translation>Keys 1–6 choose the method, Tab reaches the amount and the invoice details, Enter takes the money.</translation>
    </message>
    <message>
        <source>确认收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>请输入收款金额。</source>
        <translation>Please enter the amount.</translation>
    </message>
    <message>
        <source>此人没有待收费用（{0}）。确实要再收 {1}，请再按回车。</source>
        <translation>Nothing is due ({0}). To take {1} anyway, press Enter again.</translation>
    </message>
    <message>
        <source>金额 {0} 超过待收 {1}。确实要收，请再按回车。</source>
        <translation>{0} is more than the {1} due. To take it anyway, press Enter again.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此功能将在后续版本中提供。</source>
        <translation>Coming in a later version.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>排房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>要求单住</source>
        <translation>asks for a single room</translation>
    </message>
    <message>
        <source>希望与 {0} 同住</source>
        <translation>wants to share with {0}</translation>
    </message>
    <message>
        <source>{0} 晚空床 {1} 张</source>
        <translation>Night of {0}: {1} beds free</translation>
    </message>
    <message>
        <source>，同住：{0}</source>
        <translation>, with {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1} · {2} · 空 {3} 床{4} — {5}</source>
        <translation>{0}  {1} · {2} · {3} bed(s) free{4} — {5}</translation>
    </message>
    <message>
        <source>不用建议时输入房号</source>
        <translation>Or type a room number</translation>
    </message>
    <message>
        <source>现住 {0} {1}（{2}）</source>
        <translation>Now in {0} {1} ({2})</translation>
    </message>
    <message>
        <source>退房 (Ctrl+R)</source>
        <translation>Leave room (Ctrl+R)</translation>
    </message>
    <message>
        <source>要换房，请先退房再排。</source>
        <translation>To move, leave the room first, then assign another.</translation>
    </message>
    <message>
        <source>建议的房间</source>
        <translation>Suggested rooms</translation>
    </message>
    <message>
        <source>没有合适的空床。可以输入房号，或先调整住宿日期。</source>
        <translation>No suitable free bed. Type a room number, or change the nights first.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room number</translation>
    </message>
    <message>
        <source>↑/↓ 选择建议，回车排入；或输入房号后回车。</source>
        <translation>↑/↓ choose a suggestion, Enter assigns it; or type a room number and press Enter.</translation>
    </message>
    <message>
        <source>排入</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请输入房号。</source>
        <translation>Please enter a room number.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
    <message>
        <source>离线会议报到：登记、收费、资料发放、排房、证件</source>
        <translation>Offline conference check-in: registration, fees, materials, rooms, badges</translation>
    </message>
    <message>
        <source>新建会议…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>打开会议…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <source>打开演示会议</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <source>最近打开的会议</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <source>双击或按回车打开</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <source>还没有打开过会议。可以先打开演示会议看看。</source>
        <translation>No event opened yet. Try the demo event to look around.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>现场注册</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <source>现场注册：新来的参会人员</source>
        <translation>Walk-in registration: a new attendee</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>带 * 的必须填写。回车登记，Esc 取消。</source>
        <translation>Fields with * are required. Enter registers, Esc cancels.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>可能已经登记过：{0}。如确认是另一个人，请再按回车登记；否则按 Esc 返回，在报到台搜索此人。</source>
        <translation>Possibly registered already: {0}. If this is someone else, press Enter again to register; otherwise press Esc and search for the person at the desk.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>仍然登记</source>
        <translation>Register anyway</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>新建会议…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>打开会议…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <source>打开演示会议</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <source>关闭会议</source>
        <translation>Close event</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>切换操作员…</source>
        <translation>Change operator…</translation>
    </message>
    <message>
        <source>回车一步完成（报到并发资料）</source>
        <translation>Enter completes in one step (check in and hand out)</translation>
    </message>
    <message>
        <source>会议(&amp;F)</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>报到(&amp;D)</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>页面(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>选项(&amp;O)</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>界面语言 (Language)</source>
        <translation>Language (界面语言)</translation>
    </message>
</context>
<context>
    <name>desk_keys</name>
    <message>
        <source>报到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>发资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>排房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>现场注册</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银联卡</source>
        <translation>UnionPay card</translation>
    </message>
    <message>
        <source>汇款已到账</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>签单/统一结算</source>
        <translation>Bill to unit</translation>
    </message>
    <message>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>汇款</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>签单</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>部分缴费</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <source>待缴费</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已排房</source>
        <translation>Room assigned</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不住宿</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <source>女</source>
        <translation>F</translation>
    </message>
    <message>
        <source>标间</source>
        <translation>Twin</translation>
    </message>
    <message>
        <source>大床</source>
        <translation>King</translation>
    </message>
    <message>
        <source>单人间</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>套房</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>预报名</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>现场注册</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>同住人 {0} 在此房间</source>
        <translation>roommate {0} is in this room</translation>
    </message>
    <message>
        <source>单住</source>
        <translation>single</translation>
    </message>
    <message>
        <source>单住（标间）</source>
        <translation>single (twin room)</translation>
    </message>
    <message>
        <source>同性别拼房</source>
        <translation>shared, same gender</translation>
    </message>
    <message>
        <source>空标间</source>
        <translation>empty twin</translation>
    </message>
    <message>
        <source>空房</source>
        <translation>empty room</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>出现意外错误，操作没有完成。详情已写入日志。</source>
        <translation>Something unexpected went wrong; the operation was not completed. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>排房</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
