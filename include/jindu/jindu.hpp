// jindu — Chinese government progress reports to structured records.
#pragma once

#include <jindu/compare.hpp>
#include <jindu/diagnostic.hpp>
#include <jindu/extract.hpp>
#include <jindu/options.hpp>
#include <jindu/parse.hpp>
#include <jindu/quantity.hpp>
#include <jindu/report.hpp>
#include <jindu/source.hpp>
#include <jindu/table.hpp>
#include <jindu/version.hpp>
#include <jindu/write.hpp>
