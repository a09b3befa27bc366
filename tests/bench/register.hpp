// The benchmarks of each stage, registered at start-up (the inputs are files).
#pragma once

namespace jindu::bench {

void register_scan();     // scan/<input>: jindu::scan on every line, as `jindu scan` does
void register_read();     // read/<input>: read_table, one per format
void register_extract();  // extract/<input> and report/<input>: the report stage and extraction alone
void register_convert();  // convert/<input>: parse and write_csv, as `jindu convert` does
void register_pdf();      // pdf/<sample>, and pdf_process/{jindu,pdftotext,pdfminer}/<sample>

}  // namespace jindu::bench
